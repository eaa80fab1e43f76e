#!/usr/bin/env python3
"""Import graph of the linkwa library crate (src/, without src/bin and without test code: `tests.rs`,
`tests/` folders, modules declared `#[cfg(test)]` and inline `#[cfg(test)]` modules).

Every `crate::`, `super::` and `self::` path, and every path through a child module the file declares, (in `use` trees, braces expanded, and inline in code) is
resolved to the file of the longest module prefix it names. Prints the largest strongly connected
component of files, and the cycles between top-level modules of src/ (a cycle that crosses a
top-level module is what tests/architecture.rs forbids).

Usage: python3 tools/import_graph.py [--list] [ROOT]   (ROOT defaults to the repository root)
"""
import os
import re
import sys

IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def module_of(rel):
    """src-relative file path -> module path (list of segments)."""
    parts = rel[:-3].split("/")
    if parts[-1] in ("lib", "mod"):
        parts = parts[:-1]
    return parts


def strip_tests(text):
    """Drops `#[cfg(test)]` items (inline test modules) and line comments."""
    text = re.sub(r"//[^\n]*", "", text)
    out, i = [], 0
    for m in re.finditer(r"#\[cfg\(test\)\]\s*(pub(\([^)]*\))?\s+)?mod\s+\w+\s*\{", text):
        if m.start() < i:
            continue
        out.append(text[i:m.start()])
        depth, j = 1, m.end()
        while j < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            j += 1
        i = j
    out.append(text[i:])
    return "".join(out)


def parse_tree(s, i):
    """Parses a use tree at s[i:]; returns (list of segment lists, end index)."""
    paths, prefix = [], []
    while i < len(s):
        while i < len(s) and s[i].isspace():
            i += 1
        if i < len(s) and s[i] == "{":
            i += 1
            while True:
                sub, i = parse_tree(s, i)
                paths += [prefix + p for p in sub]
                while i < len(s) and s[i] in " \n\t,":
                    i += 1
                if i >= len(s) or s[i] == "}":
                    return paths, i + 1
        m = IDENT.match(s, i)
        if not m:
            break
        prefix.append(m.group())
        i = m.end()
        if s.startswith("::", i):
            i += 2
            continue
        break
    return paths + [prefix], i


def paths_in(text):
    children = set(re.findall(r"^\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+(\w+)\s*;", text, re.M))
    if children:
        alt = "|".join(sorted(children))
        for m in re.finditer(r"(?<![\w:])(" + alt + r")::", text):
            sub, _ = parse_tree(text, m.end())
            for p in sub:
                yield ["self", m.group(1)] + p
    for m in re.finditer(r"\b(crate|super|self)::", text):
        if m.start() > 0 and (text[m.start() - 1] == "$"):
            continue
        sub, _ = parse_tree(text, m.end())
        for p in sub:
            yield [m.group(1)] + p


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    root = args[0] if args else os.path.join(os.path.dirname(__file__), "..")
    src = os.path.join(root, "src")
    files = {}
    for d, dirs, names in os.walk(src):
        rel_d = os.path.relpath(d, src)
        if rel_d == "bin" or rel_d.startswith("bin/"):
            continue
        if os.path.basename(d) == "tests" and rel_d != ".":
            continue
        for n in names:
            if n.endswith(".rs") and n != "tests.rs":
                rel = os.path.normpath(os.path.join(rel_d, n))
                files[rel] = module_of(rel)
    # Files declared as test-only modules (`#[cfg(test)] mod testing;`) are test code too.
    test_only = set()
    for f, mod in files.items():
        with open(os.path.join(src, f), encoding="utf-8") as fh:
            text = fh.read()
        for m in re.finditer(r"#\[cfg\(test\)\]\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+(\w+)\s*;", text):
            test_only.add(tuple(mod) + (m.group(1),))
    files = {f: m for f, m in files.items() if not any(tuple(m[:k]) in test_only for k in range(1, len(m) + 1))}
    by_module = {tuple(m): f for f, m in files.items()}

    def resolve(path):
        for k in range(len(path), -1, -1):
            f = by_module.get(tuple(path[:k]))
            if f:
                return f
        return None

    edges = {f: set() for f in files}
    for f, mod in files.items():
        with open(os.path.join(src, f), encoding="utf-8") as fh:
            text = strip_tests(fh.read())
        for p in paths_in(text):
            base = list(mod) if not (f.endswith("mod.rs") or f == "lib.rs") else list(mod)
            if p[0] == "crate":
                absolute = p[1:]
            else:
                cur = list(base)
                # a non-mod.rs file is its own module; `super` is its parent
                while p and p[0] in ("super", "self"):
                    if p[0] == "super":
                        cur = cur[:-1]
                    p = p[1:]
                absolute = cur + p
            t = resolve(absolute)
            if t and t != f:
                edges[f].add(t)

    # Tarjan, iterative
    index, low, on, stack, sccs, counter = {}, {}, set(), [], [], [0]
    for v0 in sorted(files):
        if v0 in index:
            continue
        work = [(v0, iter(sorted(edges[v0])))]
        index[v0] = low[v0] = counter[0]; counter[0] += 1
        stack.append(v0); on.add(v0)
        while work:
            v, it = work[-1]
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter[0]; counter[0] += 1
                    stack.append(w); on.add(w)
                    work.append((w, iter(sorted(edges[w]))))
                    break
                if w in on:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[v])
                if low[v] == index[v]:
                    comp = []
                    while True:
                        w = stack.pop(); on.discard(w); comp.append(w)
                        if w == v:
                            break
                    sccs.append(sorted(comp))
    sccs.sort(key=len, reverse=True)
    top = lambda f: f.split("/")[0].removesuffix(".rs")
    largest = sccs[0]
    print(f"files: {len(files)}; largest strongly connected component: {len(largest)} files "
          f"across {len({top(f) for f in largest})} top-level modules")
    if "--list" in sys.argv:
        for f in largest:
            print("  " + f)
    crossing = [c for c in sccs if len({top(f) for f in c}) > 1]
    print(f"components crossing top-level modules: {len(crossing)}")
    for c in crossing:
        print("  " + ", ".join(sorted({top(f) for f in c})))
    return 0


if __name__ == "__main__":
    sys.exit(main())
