def f():
    return f.calls

f.calls = 0
f.calls += 1
print(f(), f.calls)

def count_calls(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper

@count_calls
def g(x):
    return x * 2

g(1); g(2)
print(g(3), g.calls)
