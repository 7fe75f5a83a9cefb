#!/usr/bin/env python3
"""The fuzz corpus in the repository stays within its cap and belongs to real targets (ctest: fuzz-corpus).

Every folder of tests/fuzz/corpus names a target of tests/fuzz/CMakeLists.txt and of run-fuzzers.sh, holds at most
CORPUS_MAX_FILES files and CORPUS_MAX_KB kilobytes (the numbers run-fuzzers.sh caps a merge at), each file named by
its SHA-1 as libFuzzer names them, and none a copy of a hand-picked seed (seeds stay in seeds/).
Usage: check-corpus.py [FUZZ_DIR]   (default: the folder of this script)
"""
import hashlib
import pathlib
import re
import sys


def main() -> int:
    here = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else __file__).resolve()
    fuzz = here if here.is_dir() else here.parent
    script = (fuzz / "run-fuzzers.sh").read_text(encoding="utf-8")
    max_files = int(re.search(r"^CORPUS_MAX_FILES=(\d+)$", script, re.M).group(1))
    max_kb = int(re.search(r"^CORPUS_MAX_KB=(\d+)$", script, re.M).group(1))
    built = set(re.findall(r"digest_add_fuzzer\((fuzz-[a-z0-9]+)", (fuzz / "CMakeLists.txt").read_text("utf-8")))
    run = set(re.findall(r"^(fuzz-[a-z0-9]+)\|", script, re.M))
    problems = []
    for name in sorted(built - run):
        problems.append(f"{name} is built but run-fuzzers.sh does not run it")
    seed_hashes = set()
    for path in (fuzz / "seeds").rglob("*"):
        if path.is_file():
            seed_hashes.add(hashlib.sha1(path.read_bytes()).hexdigest())
    corpus = fuzz / "corpus"
    folders = sorted(p for p in corpus.iterdir() if p.is_dir()) if corpus.is_dir() else []
    total_files = 0
    for folder in folders:
        target = "fuzz-" + folder.name
        if target not in built or target not in run:
            problems.append(f"corpus/{folder.name}: no target {target} in CMakeLists.txt and run-fuzzers.sh")
        files = [p for p in folder.iterdir() if p.is_file()]
        size = sum(p.stat().st_size for p in files)
        total_files += len(files)
        if len(files) > max_files:
            problems.append(f"corpus/{folder.name}: {len(files)} files, over the cap of {max_files}")
        if size > max_kb * 1024:
            problems.append(f"corpus/{folder.name}: {size // 1024} KB, over the cap of {max_kb} KB")
        for path in files:
            digest = hashlib.sha1(path.read_bytes()).hexdigest()
            if path.name != digest:
                problems.append(f"corpus/{folder.name}/{path.name}: not named by its SHA-1 ({digest})")
            if digest in seed_hashes:
                problems.append(f"corpus/{folder.name}/{path.name}: a copy of a seed")
        print(f"corpus/{folder.name}: {len(files)} files, {size // 1024} KB")
    for problem in problems:
        print("check-corpus:", problem, file=sys.stderr)
    print(f"{len(folders)} corpus folders, {total_files} files; cap {max_files} files, {max_kb} KB a target")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
