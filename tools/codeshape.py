#!/usr/bin/env python3
"""Lists C++ files over a line limit and functions over a body limit; exits 1 when there is any.

Functions are found as clang-format lays them out here (.clang-format: a function's opening brace on a line of
its own, a control statement's on the statement's line): a body runs from a line that is exactly `{` at column 0
to the next line starting with `}` at column 0. Class and struct bodies open the same way and are told apart by
their head; inside them, a member function defined in the class (every Qt Test function) runs from a `{` alone
at the members' indentation to the next `}` at that indentation.

Usage: tools/codeshape.py [--max-file-lines N] [--max-function-lines N] [DIR...]   (default: src tests)
"""
import argparse
import os
import re
import sys

SOURCE_SUFFIXES = ('.cpp', '.h')
TYPE_HEAD = re.compile(r'^(template\s*<.*>\s*)?(class|struct|enum|union|namespace)\b')


def source_files(roots):
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for name in sorted(filenames):
                if name.endswith(SOURCE_SUFFIXES):
                    yield os.path.join(dirpath, name)


def head_of(lines, brace, indent):
    """The declaration a `{` belongs to: the nearest earlier code line at the brace's indentation."""
    i = brace - 1
    while i >= 0:
        line = lines[i]
        if line[:indent].strip() == '' and line[indent:indent + 1] not in ('', ' ', '\t'):
            code = line.strip()
            if not code.startswith(('//', '/*', '*', ':', ',')):
                return code
        i -= 1
    return ''


def block_end(lines, start, indent):
    """The line of the `}` at `indent` that closes the block opened at `start`."""
    closing = ' ' * indent + '}'
    end = start + 1
    while end < len(lines) and not lines[end].startswith(closing):
        end += 1
    return end


def bodies(lines, first=0, last=None, indent=0):
    """(line of the `{`, head, body line count) for each function body at `indent` in lines[first:last]."""
    last = len(lines) if last is None else last
    opening = ' ' * indent + '{'
    i = first
    while i < last:
        if lines[i].rstrip() != opening:
            i += 1
            continue
        end = block_end(lines, i, indent)
        head = head_of(lines, i, indent)
        if TYPE_HEAD.match(head):
            if not head.startswith(('enum', 'namespace')):
                # Member functions defined in the class, one level in (IndentWidth: 4).
                yield from bodies(lines, i + 1, end, indent + 4)
        elif indent == 0 or not head.endswith((';', '{', '}')):
            # Indented, a statement before the brace makes it a bare block inside a function, not a function.
            yield i, head, end - i - 1
        i = end + 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--max-file-lines', type=int, default=700)
    parser.add_argument('--max-function-lines', type=int, default=80)
    parser.add_argument('dirs', nargs='*', default=['src', 'tests'])
    args = parser.parse_args()

    offenders = 0
    for path in source_files(args.dirs):
        with open(path, encoding='utf-8', errors='replace') as f:
            lines = f.read().splitlines()
        if len(lines) > args.max_file_lines:
            print(f'{path}: {len(lines)} lines (at most {args.max_file_lines})')
            offenders += 1
        for brace, head, length in bodies(lines):
            if length > args.max_function_lines:
                print(f'{path}:{brace + 1}: {head[:100]}: body of {length} lines '
                      f'(at most {args.max_function_lines})')
                offenders += 1
    if offenders:
        print(f'codeshape: {offenders} offender(s)', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
