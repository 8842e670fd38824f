import copy

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(s, d, s is a, s[1] is a[1], d[1] is a[1])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy((1, 2)) is not None)
print(copy.copy({1, 2}), copy.deepcopy(frozenset([3])), copy.copy("str"), copy.deepcopy(None))


class Node:
    def __init__(self, value, children=None):
        print("init", value)
        self.value = value
        self.children = children or []


root = Node("root", [Node("leaf")])
c = copy.copy(root)
dc = copy.deepcopy(root)
root.children[0].value = "changed"
print(c.value, c.children[0].value, dc.children[0].value, type(dc).__name__, dc is root)

shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
dcyc = copy.deepcopy(cyc)
print(dcyc[1] is dcyc, dcyc is cyc)


class Custom:
    def __init__(self):
        self.x = 1

    def __copy__(self):
        print("__copy__ called")
        return "copied"

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return "deep"


print(copy.copy(Custom()), copy.deepcopy([Custom()]))
print(copy.copy(len) is len, copy.deepcopy(Node) is Node)
