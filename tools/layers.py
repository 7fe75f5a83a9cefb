#!/usr/bin/env python3
"""Checks the include graph of src/ against the layers of the build; exits 1 when any include runs against them.

The layers are what src/core/<folder>/CMakeLists.txt declares: `digest_core_layer(<folder> LAYERS <below>...)`.
A core file may include its own folder and the folders its layer links, directly or through them. The declared
graph itself must keep the documented order (docs/architecture.md):

    util < model < text < formats, checks, suggest (pure domain)
         < storage, arxiv, fulltext, drafting, publishing, and any new folder (I/O adapters) < services

and adapters never link each other: they meet in services. Folders of one pure-domain rank may link each other
one way (checks links formats); the declared graph has no circle. In src/gui, gui/app is the top: no other gui folder
includes it. Core includes neither gui nor cli, and gui does not include cli.

Each offending include is printed as `file:line: message`, the way compilers print errors.

Usage: tools/layers.py [SRC]   (default: src next to this script's folder)
"""
import os
import re
import sys

RANK = {'util': 0, 'model': 1, 'text': 2, 'formats': 3, 'checks': 3, 'suggest': 3, 'services': 5}
ADAPTER_RANK = 4
INCLUDE = re.compile(r'\s*#\s*include\s+"([^"]+)"')
LAYER_CALL = re.compile(r'digest_core_layer\(\s*(\w+)(.*?)\)', re.S)


def rank(folder):
    return RANK.get(folder, ADAPTER_RANK)


def declared_layers(core):
    """folder -> the folders its CMakeLists.txt says it links."""
    layers = {}
    for folder in sorted(os.listdir(core)):
        path = os.path.join(core, folder, 'CMakeLists.txt')
        if not os.path.isfile(path):
            continue
        text = re.sub(r'#.*', '', open(path, encoding='utf-8').read())
        match = LAYER_CALL.search(text)
        if not match or match.group(1) != folder:
            layers[folder] = None
            continue
        words = match.group(2).split()
        below = []
        if 'LAYERS' in words:
            for word in words[words.index('LAYERS') + 1:]:
                if word in ('LIBS', 'SOURCES'):
                    break
                below.append(word)
        layers[folder] = below
    return layers


def graph_problems(layers, core):
    problems = []
    for folder, below in layers.items():
        where = os.path.join(core, folder, 'CMakeLists.txt')
        if below is None:
            problems.append(f'{where}:1: no digest_core_layer({folder} ...) call: the folder is not a layer')
            continue
        for lower in below:
            if lower not in layers:
                problems.append(f'{where}:1: layer {folder} links unknown layer {lower}')
            elif rank(lower) > rank(folder):
                problems.append(f'{where}:1: layer {folder} links {lower}, a higher layer')
            elif rank(lower) == rank(folder) == ADAPTER_RANK:
                problems.append(f'{where}:1: adapter {folder} links adapter {lower} (they meet in services)')
    for folder, below in reachable(layers).items():
        if folder in below:
            problems.append(f'{os.path.join(core, folder, "CMakeLists.txt")}:1: layer {folder} links itself '
                            'through a circle')
    return problems


def reachable(layers):
    """folder -> every folder below it through the declared links."""
    closure = {}

    def below(folder, seen):
        for lower in layers.get(folder) or []:
            if lower not in seen:
                seen.add(lower)
                below(lower, seen)
        return seen

    for folder in layers:
        closure[folder] = below(folder, set())
    return closure


def include_problem(face, folder, target, src, allowed):
    parts = target.split('/')
    if len(parts) == 1:
        return None  # the same folder
    if parts[0] in ('core', 'gui', 'cli'):
        tface, tfolder = parts[0], parts[1] if len(parts) > 2 else ''
    else:
        tface, tfolder = face, parts[0]
        if face in ('gui', 'cli') and not os.path.isdir(os.path.join(src, face, tfolder)):
            tface = 'core'
    if face == 'core' and tface in ('gui', 'cli'):
        return f'core includes {tface}'
    if face == 'gui' and tface == 'cli':
        return 'gui includes cli'
    if face == 'gui' and tface == 'gui' and tfolder == 'app' and folder != 'app':
        return f'gui/{folder} includes gui/app, the top of gui (move what it needs to gui/common)'
    if face == 'core' and tface == 'core' and tfolder != folder and tfolder not in allowed.get(folder, set()):
        if rank(tfolder) > rank(folder):
            return f'{folder} includes {tfolder}, a higher layer'
        if rank(tfolder) == rank(folder) == ADAPTER_RANK:
            return f'adapter {folder} includes adapter {tfolder} (they meet in services)'
        return f'{folder} includes {tfolder}, which its CMakeLists.txt does not link'
    return None


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    src = os.path.relpath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', 'src'))
    core = os.path.join(src, 'core')
    layers = declared_layers(core)
    problems = graph_problems(layers, core)
    allowed = reachable(layers)
    files = 0
    for root, dirs, names in os.walk(src):
        dirs.sort()
        for name in sorted(names):
            if not name.endswith(('.h', '.cpp')):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, src).split(os.sep)
            if len(rel) < 3:
                continue
            files += 1
            face, folder = rel[0], rel[1]
            with open(path, encoding='utf-8', errors='replace') as source:
                for number, line in enumerate(source, 1):
                    match = INCLUDE.match(line)
                    if not match:
                        continue
                    problem = include_problem(face, folder, match.group(1), src, allowed)
                    if problem:
                        problems.append(f'{os.path.relpath(path)}:{number}: {problem}: #include "{match.group(1)}"')
    for problem in problems:
        print(problem)
    print(f'{len(problems)} include(s) or link(s) against the layer order in {files} files')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
