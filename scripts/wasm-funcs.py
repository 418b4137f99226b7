#!/usr/bin/env python3
"""Lists the largest functions of a .wasm that still has its name section (a size audit aid).
Usage: python3 scripts/wasm-funcs.py target/wasm32-unknown-unknown/release/kz_iin.wasm [N]"""
import sys

def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1; r |= (x & 0x7f) << s; s += 7
        if x < 0x80:
            return r, i

b = open(sys.argv[1], 'rb').read()
top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
i, imports, sizes, names = 8, 0, [], {}
while i < len(b):
    sid = b[i]; i += 1
    sz, i = leb(b, i); end = i + sz
    if sid == 2:
        n, j = leb(b, i)
        for _ in range(n):
            l, j = leb(b, j); j += l
            l, j = leb(b, j); j += l
            kind = b[j]; j += 1
            if kind == 0:
                _, j = leb(b, j); imports += 1
            elif kind == 1:
                j += 1; flags, j = leb(b, j); _, j = leb(b, j)
                if flags & 1: _, j = leb(b, j)
            elif kind == 2:
                flags, j = leb(b, j); _, j = leb(b, j)
                if flags & 1: _, j = leb(b, j)
            elif kind == 3:
                j += 2
    elif sid == 10:
        n, j = leb(b, i)
        for _ in range(n):
            l, j = leb(b, j); sizes.append(l); j += l
    elif sid == 0:
        nl, j = leb(b, i)
        if b[j:j + nl] == b'name':
            j += nl
            while j < end:
                sub = b[j]; j += 1
                ssz, j = leb(b, j); send = j + ssz
                if sub == 1:
                    n, k = leb(b, j)
                    for _ in range(n):
                        idx, k = leb(b, k); l, k = leb(b, k)
                        names[idx] = b[k:k + l].decode(errors='replace'); k += l
                j = send
    i = end
rows = sorted(((s, names.get(imports + k, f'func{imports + k}')) for k, s in enumerate(sizes)), reverse=True)
print(f'{len(sizes)} functions, {sum(sizes)} bytes of code')
for s, n in rows[:top]:
    print(f'{s:7d}  {n[:110]}')
