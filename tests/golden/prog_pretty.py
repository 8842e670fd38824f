def pretty(value, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = [f'{inner}"{k}": {pretty(v, indent + step, step)}' for k, v in value.items()]
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value):
            return "[" + ", ".join(map(str, value)) + "]"
        parts = [inner + pretty(v, indent + step, step) for v in value]
        return "[\n" + ",\n".join(parts) + "\n" + pad + "]"
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{escaped}"'
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)


def depth(value):
    if isinstance(value, dict):
        return 1 + max((depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((depth(v) for v in value), default=0)
    return 0


def flatten(value, prefix=""):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from flatten(v, f"{prefix}.{k}" if prefix else k)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from flatten(v, f"{prefix}[{i}]")
    else:
        yield prefix, value


doc = {
    "name": "pyasync",
    "version": [0, 1, 0],
    "stable": False,
    "license": None,
    "authors": [{"name": "Ada", "email": "ada@example.com"}, {"name": "Bo \"the dev\"", "roles": ["ci", "docs"]}],
    "config": {"timeout": 2.5, "retries": 3, "paths": {"src": "src/", "tests": []}, "empty": {}},
    "notes": "line one\nline two",
}
print(pretty(doc))
print("depth:", depth(doc))
for path, leaf in flatten(doc):
    print(f"{path:<22} = {leaf!r}")
print(pretty([1, 2.5, -3]), pretty(()), pretty(True))
counts = {}
for _, leaf in flatten(doc):
    counts[type(leaf).__name__] = counts.get(type(leaf).__name__, 0) + 1
print(sorted(counts.items()))
