# `from __future__ import annotations` (PEP 563): annotations stay text,
# written back in the normal form `ast.unparse` gives them.
from __future__ import annotations
import __future__
from typing import Dict, Optional


def f(a: Dict[str,int], b: "T" = 1, *c: list[int] | None, d: Optional['X']=None, **k: 1+2*3) -> (int, str):
    pass


print(f.__annotations__)


class C:
    x: int
    y: List[ int ] = 3
    z: a.b[c:d, ...] | -1 ** 2

    def m(self, other: C, n: not_defined_anywhere) -> C:
        pass


print(C.__annotations__)
print(C.m.__annotations__)


def local_annotation():
    # Never evaluated inside a function, future or not.
    z: undefined_name = 5
    return z


print(local_annotation())
print(annotations, __future__.annotations.getOptionalRelease())
print(__future__.all_feature_names)
print(__future__.division, __future__.CO_FUTURE_ANNOTATIONS)

for source in [
    "from __future__ import braces\n",
    "from __future__ import spam\n",
    "import os\nfrom __future__ import annotations\n",
    "'''doc'''\nfrom __future__ import annotations\nfrom __future__ import division\n",
    "def f():\n    from __future__ import annotations\n",
    "from __future__ import (generators as g, nested_scopes)\nprint(g)\n",
]:
    try:
        compile(source, "<future>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
