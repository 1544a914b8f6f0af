#!/usr/bin/env python3
"""Checks that every public item of the core crate has rustdoc with an example.

An item is `pub fn|struct|enum|trait|type|const|static|mod` (not `pub(crate)`)
at any indentation; its doc comment (the `///` lines right above it, through
attributes) must contain a code block. Modules may carry their example in `//!`.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1] / "crates" / "tinbai" / "src"
ITEM = re.compile(r"^\s*pub\s+(?:const\s+fn|unsafe\s+fn|fn|struct|enum|trait|type|const|static)\s+(\w+)")
# Files whose items are reachable: lib.rs, the private modules lib.rs re-exports
# from, and every module declared `pub mod` from a reachable file.
REEXPORTED = {"lib.rs", "document.rs", "json.rs", "error.rs"}


def module_file(parent: pathlib.Path, name: str) -> pathlib.Path:
    base = parent.parent if parent.name in ("lib.rs", "mod.rs") else parent.with_suffix("")
    f = base / (name + ".rs")
    return f if f.exists() else base / name / "mod.rs"


public = set(ROOT / n for n in REEXPORTED)
todo = list(public)
while todo:
    f = todo.pop()
    for m in re.finditer(r"^pub mod (\w+);", f.read_text(encoding="utf-8"), re.M):
        g = module_file(f, m.group(1))
        if g.exists() and g not in public:
            public.add(g)
            todo.append(g)

missing = []
for path in sorted(public):
    lines = path.read_text(encoding="utf-8").split("\n")
    in_test = False
    for i, line in enumerate(lines):
        if re.match(r"^\s*#\[cfg\(test\)\]", line):
            in_test = True
        m = ITEM.match(line)
        if not m or in_test:
            continue
        # Trait impls' methods and items inside `impl Trait for` blocks are not checked.
        j = i - 1
        doc = []
        while j >= 0 and (lines[j].strip().startswith("///") or lines[j].strip().startswith("#[")):
            if lines[j].strip().startswith("///"):
                doc.append(lines[j])
            j -= 1
        if not any("```" in d for d in doc):
            missing.append("%s:%d: %s" % (path.relative_to(ROOT.parents[2]), i + 1, m.group(1)))
for m in missing:
    print("no rustdoc example:", m)
print("%d public items without an example" % len(missing))
sys.exit(1 if missing else 0)
