s = "hello"
print(s + " " + "world")
print("ab" * 3, 3 * "xy", "z" * 0)
print(s[0], s[-1], s[1:4])
print(len(s), len(""))
print("abc" < "abd", "Z" < "a", "abc" == "abc", "a" != "b")
print("apple" > "app")
acc = ""
for ch in s:
    acc = ch + acc
print(acc)
print("x" in s, "ll" in s)
print(str(1) + str(2), int("1") + int("2"))
print("tab\tseparated", "new\nline")
print("unicode: ü ñ 日本")
print(len("日本"))
print('''triple
quoted''')
