#!/usr/bin/env python3
"""The documentation's checks fail on broken examples (tools/checkdocs.py; docs/testing.md).

  test_checkdocs.py CASE [DIGESTCTL]

Each CASE builds a small tree in a temporary folder: a sound one, then the same with one thing broken, and runs
tools/checkdocs.py on both. It passes only when the check passes the sound tree and fails on the broken one with
the problem named (file, line, what). The `commands` cases run the real digestctl against a copy of the
repository's docs/digestctl.md with one command's section taken out, or its synopsis changed.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
CHECKDOCS = os.path.join(REPO, "tools", "checkdocs.py")

SOUND_README = """# Example

```sh
make
```

See [the guide](docs/guide.md#a-heading-its-anchor) and [the top](#example).
"""
SOUND_GUIDE = """# Guide

## A heading: its anchor

Back to [the readme](../README.md), about `src/main.cpp`.
"""


def write(root, name, text):
    path = os.path.join(root, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def checkdocs(root, *args):
    result = subprocess.run([sys.executable, CHECKDOCS, "--root", root, *args], capture_output=True, text=True)
    return result.returncode, result.stderr


def tree(files):
    root = tempfile.mkdtemp(prefix="checkdocs-")
    for name, text in files.items():
        write(root, name, text)
    return root


def expect(files, broken, args, pattern):
    """The check passes `files` and fails `files` updated with `broken`, printing a line matching `pattern`."""
    sound_root = tree(files)
    broken_root = tree({**files, **broken})
    try:
        status, out = checkdocs(sound_root, *args)
        if status != 0:
            print(f"FAIL: the sound example was refused (exit {status}):\n{out}")
            return 1
        status, out = checkdocs(broken_root, *args)
        if status != 1 or not re.search(pattern, out, re.MULTILINE):
            print(f"FAIL: the broken example gave exit {status}, expected 1 and a line matching {pattern!r}:\n{out}")
            return 1
        print(f"PASS: the broken example was caught:\n{out}")
        return 0
    finally:
        shutil.rmtree(sound_root)
        shutil.rmtree(broken_root)


SOUND = {"README.md": SOUND_README, "docs/guide.md": SOUND_GUIDE, "src/main.cpp": "// the program\n"}


def static_cases():
    # The strings the citation check looks for are put together here, so that this file holds none of them.
    issue = "issue" + " 17"
    reference = "design" + ".md"
    outside = ".." + "/shared/notes.md"
    return {
        "unclosed-fence": ({"docs/guide.md": SOUND_GUIDE + "\n```sh\nmake\n"}, r"^docs/guide\.md:7: .*never closes"),
        # A stray closing fence before one that never opened: from there on, code and prose swap.
        "stray-fence": ({"README.md": SOUND_README + "\nmore prose\n```\n"}, r"^README\.md:10: .*never closes"),
        "missing-file": ({"docs/guide.md": SOUND_GUIDE + "\nSee [x](missing.md).\n"},
                         r"^docs/guide\.md:7: link missing\.md: docs/missing\.md does not exist"),
        "missing-anchor": ({"README.md": SOUND_README.replace("#a-heading-its-anchor", "#no-such-heading")},
                           r"^README\.md:7: link docs/guide\.md#no-such-heading: no heading"),
        "issue-number": ({"src/main.cpp": f"// the program ({issue})\n"}, r"^src/main\.cpp:1: .*an issue number"),
        "reference-text": ({"src/main.cpp": f"// as {reference} says\n"}, r"^src/main\.cpp:1: .*not in the repository"),
        "missing-path": ({"docs/guide.md": SOUND_GUIDE + "\nThe entry point is `src/gone.cpp`.\n"},
                         r"^docs/guide\.md:7: `src/gone\.cpp` names a path that is not in the repository"),
        "outside-path": ({"docs/guide.md": SOUND_GUIDE + f"\nRead {outside}.\n"},
                         r"^docs/guide\.md:7: .*outside the repository"),
    }


def commands_case(name, digestctl):
    with open(os.path.join(REPO, "docs", "digestctl.md"), encoding="utf-8") as f:
        doc = f.read()
    files = {"docs/digestctl.md": doc}
    if name == "missing-section":
        # The section of `list` taken out, up to the next heading.
        broken = re.sub(r"^### `list`\n.*?(?=^#)", "", doc, count=1, flags=re.MULTILINE | re.DOTALL)
        pattern = r"command `list` \(in `digestctl --help`\) has no section"
    elif name == "wrong-synopsis":
        broken = doc.replace("digestctl [GLOBAL OPTIONS] new DATE [--title TEXT]",
                             "digestctl [GLOBAL OPTIONS] new DATE", 1)
        pattern = r"the section of `new` does not show its synopsis"
    else:
        return None
    if broken == doc:
        print(f"FAIL: the example for {name} could not be made from docs/digestctl.md")
        return 1
    return expect(files, {"docs/digestctl.md": broken}, ["commands", digestctl], pattern)


def main(argv):
    if not argv:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    case = argv[0]
    if case.startswith("commands-"):
        if len(argv) != 2:
            print("commands cases need the digestctl to run", file=sys.stderr)
            return 2
        result = commands_case(case[len("commands-"):], argv[1])
    else:
        cases = static_cases()
        result = expect(SOUND, cases[case][0], ["static"], cases[case][1]) if case in cases else None
    if result is None:
        print(f"no such case: {case}", file=sys.stderr)
        return 2
    return result


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
