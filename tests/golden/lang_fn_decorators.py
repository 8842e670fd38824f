def shout(fn):
    def wrapper(*args, **kwargs):
        return str(fn(*args, **kwargs)).upper() + "!"
    return wrapper

def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco

def count_calls(fn):
    calls = 0
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return fn(*args, **kwargs)
    def get_calls():
        return calls
    return wrapper, get_calls

@shout
def greet(name):
    return f"hello {name}"

@repeat(3)
def roll(x):
    return x * 2

def work(a, b=1):
    return a + b
work, work_calls = count_calls(work)

@shout
@repeat(2)
def stacked(s):
    return s

print(greet("ann"))
print(roll(4))
work(1); work(2, b=3); print(work(5))
print(work_calls())
print(stacked("ab"))

def trace(fn):
    def wrapper(*args):
        print("->", fn.__name__, args)
        result = fn(*args)
        print("<-", fn.__name__, result)
        return result
    return wrapper

@trace
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

fib(3)
