#!/usr/bin/env python3
"""Checks that core/'s layers stay in order at link level (issue 12).

Each layer of core/ is a static library (core/CMakeLists.txt), lowest first:

    ys_base < ys_runtime < ys_frontend < ys_lib < ys_vm < ys_debug

An #include check (check_layering.py) cannot see a function declared by hand
where it is used, or a call through a declaration in a lower header that a
higher layer defines. This check reads what the linker reads: the symbol
tables of the libraries (nm). It fails when an object file of one layer
needs (leaves undefined) a symbol that only a layer above it defines.

Usage: check_link_layers.py LAYER=ARCHIVE ...   (lowest layer first)
       check_link_layers.py --self-test          (proves an upward use fails)
Prints the count of symbols each layer takes from below and exits 0, or names
each upward use (object file, symbol, the layer defining it) and exits 1.
"""
import re
import subprocess
import sys

NM_LINE = re.compile(r"^.*?:([^:/]+\.o):\s*(?:[0-9a-f]+\s+)?([A-Za-z])\s+(.*)$")


def symbol_table(archive):
    """{object file: (defined symbols, undefined symbols)} of one archive."""
    out = subprocess.run(["nm", "-C", "-g", "--print-file-name", archive],
                         capture_output=True, text=True, check=True).stdout
    table = {}
    for line in out.splitlines():
        # "ARCHIVE:vm.cpp.o:0000000000000010 T ys::VM::call(...)", and with no
        # address for an undefined symbol: "ARCHIVE:vm.cpp.o:                 U name"
        match = NM_LINE.match(line)
        if not match:
            continue
        obj, kind, name = match.groups()
        defined, undefined = table.setdefault(obj, (set(), set()))
        if kind == "U":
            undefined.add(name)
        elif kind not in "wvWV":  # weak: inline functions and templates, defined in every user
            defined.add(name)
    return table


def upward_uses(layers):
    """layers: [(name, {object: (defined, undefined)})], lowest first.
    Returns [(layer, object, symbol, defining layer)] for every use of a
    symbol that only a higher layer defines."""
    defined_in = {}
    for rank, (_, table) in enumerate(layers):
        for defined, _ in table.values():
            for name in defined:
                defined_in.setdefault(name, rank)
    problems = []
    for rank, (layer, table) in enumerate(layers):
        for obj, (_, undefined) in sorted(table.items()):
            for name in sorted(undefined):
                owner = defined_in.get(name)
                if owner is not None and owner > rank:
                    problems.append((layer, obj, name, layers[owner][0]))
    return problems


def self_test():
    low = ("runtime", {"value.o": ({"ys::Value::repr()"}, {"ys::finalize(ys::Gen&)"})})
    high = ("vm", {"vm.o": ({"ys::finalize(ys::Gen&)"}, {"ys::Value::repr()"})})
    found = upward_uses([low, high])
    assert found == [("runtime", "value.o", "ys::finalize(ys::Gen&)", "vm")], found
    low_ok = ("runtime", {"value.o": ({"ys::Value::repr()"}, set())})
    assert upward_uses([low_ok, high]) == [], "a use from below must pass"
    print("self-test passed: a symbol used by a lower layer and defined by a higher one fails")


def main(argv):
    if argv == ["--self-test"]:
        self_test()
        return 0
    if not argv or any("=" not in a for a in argv):
        print(__doc__.split("\n\n")[-2], file=sys.stderr)
        return 2
    layers = []
    for arg in argv:
        name, archive = arg.split("=", 1)
        layers.append((name, symbol_table(archive)))
    problems = upward_uses(layers)
    for layer, obj, name, owner in problems:
        print("link layering: %s/%s uses %s, defined in %s (a layer above)" % (layer, obj, name, owner))
    if problems:
        return 1
    print("link layering: %d layers, no object file uses a symbol of a layer above its own"
          % len(layers))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
