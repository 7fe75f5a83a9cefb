#!/usr/bin/env python3
"""Checks that the documentation describes the program that is there.

  checkdocs.py [--root DIR] static
      every code fence in README.md and docs/*.md closes; every relative link (and #anchor) in them resolves,
      and so does every repository path they name in code (`src/...`, `tests/...`);
      no file of the repository cites the private references the project was built from, a path outside the
      repository, or an issue number (comments in src/ and tests/ included).
  checkdocs.py [--root DIR] commands DIGESTCTL
      every command `DIGESTCTL --help` lists has a section in docs/digestctl.md, headed `### \`NAME\``, that
      shows the command's synopsis exactly as `DIGESTCTL help NAME` prints it.

Each problem is printed as FILE:LINE: what is wrong; the exit status is 1 when there is one, 0 when none.
"""

import os
import re
import subprocess
import sys
import unicodedata

DOC_FILES_GLOB = ("README.md", "docs")

# What no file may point at: the project's private reference texts, a checkout beside this one, the machine's shared
# folder, and issue numbers (a reader of the repository has none of them).
FORBIDDEN = [
    (re.compile(r"\.\./shared\b"), "a folder beside the checkout, outside the repository"),
    (re.compile(r"/work[/]shared\b"), "a folder of the build machine, outside the repository"),
    (re.compile(r"(?<![\w/-])design\.md\b"), "a design text that is not in the repository"),
    (re.compile(r"(?<![\w/-])digest-format\.md\b"), "a format text that is not in the repository; cite docs/format.md"),
    (re.compile(r"\bissues?\s+#?\d+", re.IGNORECASE), "an issue number"),
]

SKIPPED_DIRS = {".git", "build", ".cache", "__pycache__"}
BINARY_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".ico", ".pdf", ".qm", ".sqlite", ".gz", ".zip", ".bin")


def doc_files(root):
    files = []
    readme = os.path.join(root, "README.md")
    if os.path.exists(readme):
        files.append(readme)
    docs = os.path.join(root, "docs")
    if os.path.isdir(docs):
        for name in sorted(os.listdir(docs)):
            if name.endswith(".md"):
                files.append(os.path.join(docs, name))
    return files


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")


FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})(.*)$")


def fenced_lines(lines):
    """Yields (line number, line, inside a fence) and, at the end, the opening line of a fence left open."""
    opened = None  # (marker char, length, line number)
    marks = []
    for number, line in enumerate(lines, 1):
        match = FENCE.match(line)
        if opened is None:
            if match and not (match.group(2)[0] == "`" and "`" in match.group(3)):
                opened = (match.group(2)[0], len(match.group(2)), number)
                marks.append((number, line, True))
                continue
            marks.append((number, line, False))
        else:
            if match and match.group(2)[0] == opened[0] and len(match.group(2)) >= opened[1] \
                    and not match.group(3).strip():
                opened = None
            marks.append((number, line, True))
    return marks, (opened[2] if opened else None)


def check_fences(path, rel, problems):
    _, open_line = fenced_lines(read_lines(path))
    if open_line is not None:
        problems.append(f"{rel}:{open_line}: this code fence never closes (everything after it renders as code)")


def slug(heading):
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens."""
    text = re.sub(r"`|\*\*|\*|_(?=\W)|(?<=\W)_", "", heading.strip())
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    out = []
    for ch in text.lower():
        if ch in " -":
            out.append("-" if ch == " " else ch)
        elif ch == "_" or unicodedata.category(ch)[0] in "LN":
            out.append(ch)
    return "".join(out)


def anchors(path):
    marks, _ = fenced_lines(read_lines(path))
    seen = {}
    result = set()
    for _, line, fenced in marks:
        match = re.match(r"^#{1,6}\s+(.*?)\s*#*\s*$", line)
        if fenced or not match:
            continue
        base = slug(match.group(1))
        count = seen.get(base, 0)
        seen[base] = count + 1
        result.add(base if count == 0 else f"{base}-{count}")
    return result


INLINE_CODE = re.compile(r"(`+)(.+?)\1")
LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$")


def link_targets(lines):
    marks, _ = fenced_lines(lines)
    for number, line, fenced in marks:
        if fenced:
            continue
        plain = INLINE_CODE.sub(lambda m: " " * len(m.group(0)), line)
        for match in LINK.finditer(plain):
            yield number, match.group(1)
        match = REFERENCE.match(plain)
        if match:
            yield number, match.group(1)


def check_links(root, path, rel, problems):
    for number, target in link_targets(read_lines(path)):
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", target):
            continue  # https:, mailto: ...: not the repository's to check
        file_part, _, fragment = target.partition("#")
        goal = path if not file_part else os.path.normpath(os.path.join(os.path.dirname(path), file_part))
        if not os.path.abspath(goal).startswith(os.path.abspath(root) + os.sep):
            problems.append(f"{rel}:{number}: link {target} leaves the repository")
            continue
        if not os.path.exists(goal):
            problems.append(f"{rel}:{number}: link {target}: {os.path.relpath(goal, root)} does not exist")
            continue
        if fragment and goal.endswith(".md") and fragment not in anchors(goal):
            problems.append(f"{rel}:{number}: link {target}: no heading in {os.path.relpath(goal, root)} "
                            f"has the anchor #{fragment}")


def git_files(root):
    """The files git knows in the checkout at root (tracked, and new ones not ignored); None when root is none."""
    try:
        top = subprocess.run(["git", "-C", root, "rev-parse", "--show-toplevel"], check=True,
                             capture_output=True, text=True).stdout.strip()
        if os.path.realpath(top) != os.path.realpath(root):
            return None
        out = subprocess.run(["git", "-C", root, "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                             check=True, capture_output=True).stdout
        return [n for n in out.decode("utf-8").split("\0") if n]
    except (OSError, subprocess.CalledProcessError):
        return None


# A path of the repository named in code (`src/core/util/compat.h`, `tests/fixtures/`): it must be there.
REPO_PATH = re.compile(r"`((?:src|tests|tools|packaging|docs|ui|resources|translations|cmake|\.ci)/[^`\s]*)`")


def check_paths(root, path, rel, problems):
    marks, _ = fenced_lines(read_lines(path))
    for number, line, fenced in marks:
        if fenced:
            continue
        for match in REPO_PATH.finditer(line):
            named = match.group(1)
            if re.search(r"[*…<>{}]|\.\.\.", named):
                continue  # a pattern (tests/*/CMakeLists.txt), not one path
            if not os.path.exists(os.path.join(root, named.split(":")[0].rstrip("/"))):
                problems.append(f"{rel}:{number}: `{named}` names a path that is not in the repository")


def repository_files(root):
    names = git_files(root)
    if names is None:
        names = []
        for folder, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if d not in SKIPPED_DIRS]
            names += [os.path.relpath(os.path.join(folder, f), root) for f in files]
    return sorted(n for n in names if os.path.isfile(os.path.join(root, n)))


def check_citations(root, problems):
    for name in repository_files(root):
        if name.lower().endswith(BINARY_SUFFIXES):
            continue
        try:
            with open(os.path.join(root, name), encoding="utf-8") as f:
                text = f.read()
        except (UnicodeDecodeError, OSError):
            continue
        for number, line in enumerate(text.split("\n"), 1):
            for pattern, what in FORBIDDEN:
                match = pattern.search(line)
                if match:
                    problems.append(f"{name}:{number}: \"{match.group(0)}\" cites {what}")


def check_static(root):
    problems = []
    for path in doc_files(root):
        rel = os.path.relpath(path, root)
        check_fences(path, rel, problems)
        check_links(root, path, rel, problems)
        check_paths(root, path, rel, problems)
    check_citations(root, problems)
    return problems


def run(digestctl, *args):
    result = subprocess.run([digestctl, *args], capture_output=True, text=True,
                            env=dict(os.environ, LC_ALL="C.UTF-8", QT_QPA_PLATFORM="offscreen"))
    if result.returncode != 0:
        raise RuntimeError(f"{digestctl} {' '.join(args)} exited with {result.returncode}: {result.stderr.strip()}")
    return result.stdout


def listed_commands(help_text):
    """The command names of `digestctl --help`: the first word of each command line (indented two spaces) under
    the section headings (a line ending in ":"), the global options' section excepted."""
    names = []
    section = None
    for line in help_text.split("\n"):
        if re.match(r"^\S.*:$", line):
            section = line[:-1]
            continue
        match = re.match(r"^  ([a-z][a-z0-9-]*)(?:\s|$)", line)
        if section and section != "Global options" and match and match.group(1) not in names:
            names.append(match.group(1))
    return names


def synopses_of(help_text):
    """Each `Usage: digestctl [GLOBAL OPTIONS] SYNOPSIS` of `digestctl help NAME` (one per sub-command), its
    wrapped lines joined, as `digestctl [GLOBAL OPTIONS] SYNOPSIS`."""
    synopses = []
    lines = help_text.split("\n")
    for index, line in enumerate(lines):
        if line.startswith("Usage: "):
            parts = [line[len("Usage: "):]]
            for more in lines[index + 1:]:
                if not more.startswith(" ") or not more.strip():
                    break
                parts.append(more.strip())
            synopses.append(" ".join(" ".join(parts).split()))
    return synopses


def doc_sections(path):
    """{command: (heading line, the section's text)} of the `### \\`NAME\\`` headings of docs/digestctl.md."""
    sections = {}
    current = None
    for number, line in enumerate(read_lines(path), 1):
        match = re.match(r"^###\s+`([a-z][a-z0-9-]*)`\s*$", line)
        if match:
            current = match.group(1)
            sections[current] = (number, [])
        elif re.match(r"^#{1,3}\s", line):
            current = None
        elif current:
            sections[current][1].append(line)
    return {name: (number, "\n".join(body)) for name, (number, body) in sections.items()}


def check_commands(root, digestctl):
    problems = []
    doc = os.path.join(root, "docs", "digestctl.md")
    rel = os.path.relpath(doc, root)
    if not os.path.exists(doc):
        return [f"{rel}: missing: it documents every command of `digestctl --help`"]
    commands = listed_commands(run(digestctl, "--help"))
    if not commands:
        return [f"{digestctl} --help: no commands found under a \"Commands\" heading (has the help's layout changed?)"]
    sections = doc_sections(doc)
    for name in commands:
        if name not in sections:
            problems.append(f"{rel}: command `{name}` (in `digestctl --help`) has no section; add one headed "
                            f"\"### `{name}`\" with its synopsis from `digestctl help {name}`")
            continue
        number, body = sections[name]
        flat = " ".join(body.split())
        for synopsis in synopses_of(run(digestctl, "help", name)):
            if synopsis not in flat:
                problems.append(f"{rel}:{number}: the section of `{name}` does not show its synopsis as "
                                f"`digestctl help {name}` prints it: {synopsis}")
    for name, (number, _) in sections.items():
        if name not in commands:
            problems.append(f"{rel}:{number}: section `{name}` documents a command `digestctl --help` does not list")
    return problems


def main(argv):
    root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    if len(argv) >= 2 and argv[0] == "--root":
        root, argv = os.path.abspath(argv[1]), argv[2:]
    if argv == ["static"]:
        problems = check_static(root)
    elif len(argv) == 2 and argv[0] == "commands":
        try:
            problems = check_commands(root, argv[1])
        except (OSError, RuntimeError) as error:
            problems = [str(error)]
    else:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"checkdocs: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
