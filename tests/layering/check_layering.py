#!/usr/bin/env python3
"""Checks that core/ stays in layers (issue 12), from the #include lines.

core/ has six folders, lowest first:

    base < runtime < frontend < lib < vm < debug

A file in core/<layer>/ may include headers of its own layer and of the layers
below it. ui/ and app/ may include only core/debug/ headers, and those may not
bring in the object model or the VM (object.h, value.h, interpreter.h, vm.h),
directly or through another header: the UI sees a run as plain snapshots. No source file may
sit at the top of core/, and every core/ include must name one of the layers.

An include that breaks these rules is an upward edge. The edges that existed
when the folders were made are listed, one file pair a line, in
allowed_upward.txt next to this script; that list may only shrink. The check
fails when:
  - an include breaks the rules and its pair is not in the list (a new edge), or
  - a pair in the list no longer occurs (it was removed: delete its line too,
    so the list keeps telling the truth).

Usage: check_layering.py [--root DIR] [--allow FILE]
       check_layering.py --self-test     (proves a new upward include fails)
Prints the edges left and exits 0, or names each problem and exits 1.
"""
import argparse
import os
import re
import sys
import tempfile

LAYERS = ["base", "runtime", "frontend", "lib", "vm", "debug"]
RANK = {name: i for i, name in enumerate(LAYERS)}
SCANNED = ("core", "ui", "app")
SOURCE_SUFFIXES = (".h", ".hpp", ".cpp", ".cc", ".inc")
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"](core/[^">]+)[">]')
HERE = os.path.dirname(os.path.abspath(__file__))


def source_files(root):
    for top in SCANNED:
        for folder, _, names in os.walk(os.path.join(root, top)):
            for name in sorted(names):
                if name.endswith(SOURCE_SUFFIXES):
                    path = os.path.join(folder, name)
                    yield os.path.relpath(path, root).replace(os.sep, "/")


def includes(root, rel):
    with open(os.path.join(root, rel), encoding="utf-8", errors="replace") as f:
        for line in f:
            match = INCLUDE.match(line)
            if match:
                yield match.group(1)


def layer_of(path):
    """'core/vm/vm.h' -> 'vm'; None when the path is not inside a layer folder."""
    parts = path.split("/")
    if len(parts) >= 3 and parts[0] == "core" and parts[1] in RANK:
        return parts[1]
    return None


def is_violation(source, header):
    """True when `source` including `header` goes against the layer order."""
    target = layer_of(header)
    if source.startswith("core/"):
        return RANK[layer_of(source)] < RANK[target]
    return target != "debug"  # ui/ and app/ see only core/debug


def read_allow_list(path):
    allowed = set()
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = [p.strip() for p in line.split("->")]
            if len(parts) != 2 or not all(parts):
                raise SystemExit("%s:%d: expected 'source -> header'" % (path, number))
            allowed.add(tuple(parts))
    return allowed


# The engine's object model and VM: ui/ and app/ see a run through the plain
# snapshots of core/debug's public headers, so no header they include may bring
# these in, directly or through another header.
OBJECT_MODEL = ("core/runtime/object.h", "core/runtime/value.h", "core/runtime/interpreter.h", "core/vm/vm.h")


def reached_headers(root, rel, seen=None):
    """Every core/ header `rel` includes, directly or through other headers."""
    seen = set() if seen is None else seen
    for header in includes(root, rel):
        if header not in seen and os.path.exists(os.path.join(root, header)):
            seen.add(header)
            reached_headers(root, header, seen)
    return seen


def check(root, allowed):
    """Returns (problems, upward edges found)."""
    problems, edges = [], set()
    for rel in source_files(root):
        if rel.startswith(("ui/", "app/")):
            for header in sorted(reached_headers(root, rel) & set(OBJECT_MODEL)):
                problems.append("%s: brings in %s through core/debug's headers (the UI sees only snapshots)"
                                % (rel, header))
    for rel in source_files(root):
        if rel.startswith("core/") and layer_of(rel) is None:
            problems.append("%s: a source file outside the layer folders %s" % (rel, LAYERS))
            continue
        for header in includes(root, rel):
            if layer_of(header) is None:
                problems.append("%s: includes %s, which is in no layer folder" % (rel, header))
            elif is_violation(rel, header):
                edges.add((rel, header))
    for edge in sorted(edges - allowed):
        problems.append("%s -> %s: a new upward include (not in the allow-list)" % edge)
    for edge in sorted(allowed - edges):
        problems.append("%s -> %s: in the allow-list but gone; delete its line" % edge)
    return problems, edges


def self_test():
    """A tiny tree: an allowed edge passes, a new one and a stale entry fail."""
    def write(root, rel, text):
        os.makedirs(os.path.dirname(os.path.join(root, rel)), exist_ok=True)
        with open(os.path.join(root, rel), "w", encoding="utf-8") as f:
            f.write(text)

    with tempfile.TemporaryDirectory() as root:
        write(root, "core/vm/vm.h", '#include "core/base/bigint.h"\n')
        write(root, "core/base/bigint.h", "\n")
        write(root, "core/debug/session.h", '#include "core/base/bigint.h"\n')
        write(root, "ui/panel.h", '#include "core/debug/session.h"\n')
        assert check(root, set()) == ([], set()), "a clean tree must pass"
        write(root, "core/base/bigint.h", '#include "core/vm/vm.h"\n')
        edge = ("core/base/bigint.h", "core/vm/vm.h")
        problems, _ = check(root, set())
        assert any("new upward include" in p for p in problems), "base -> vm must fail"
        write(root, "core/debug/session.h", "\n")
        assert check(root, {edge}) == ([], {edge}), "an allow-listed edge must pass"
        write(root, "ui/panel.h", '#include "core/runtime/object.h"\n')
        assert check(root, {edge})[0], "ui -> runtime must fail"
        write(root, "ui/panel.h", '#include "core/debug/session.h"\n')
        write(root, "core/debug/session.h", '#include "core/vm/vm.h"\n')
        write(root, "core/runtime/object.h", "\n")
        write(root, "core/vm/vm.h", '#include "core/runtime/object.h"\n')
        problems, _ = check(root, {edge})
        assert problems and "brings in core/runtime/object.h" in problems[0], "ui reaching object.h must fail"
        write(root, "core/debug/session.h", "\n")
        write(root, "ui/panel.h", "\n")
        write(root, "core/base/bigint.h", "\n")
        assert "gone" in check(root, {edge})[0][0], "a stale allow-list entry must fail"
        write(root, "core/stray.cpp", "\n")
        assert check(root, set())[0], "a file at the top of core/ must fail"
    print("self-test passed: new upward includes, the UI reaching the object model, stale entries and stray files fail")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", default=os.path.normpath(os.path.join(HERE, "..", "..")))
    parser.add_argument("--allow", default=os.path.join(HERE, "allowed_upward.txt"))
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    if args.self_test:
        return self_test()
    problems, edges = check(args.root, read_allow_list(args.allow))
    for problem in problems:
        print("layering: " + problem)
    print("layering: %d upward include edge(s) found, %d in the allow-list"
          % (len(edges), len(read_allow_list(args.allow))))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
