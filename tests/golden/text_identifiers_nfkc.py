# Identifiers (PEP 3131): XID_Start/XID_Continue characters, checked as
# written, then NFKC-normalised, so `ﬁ` and `fi` are the same name;
# keywords only in ASCII; CPython's errors for characters that cannot be
# in a name.
tests = [
    'ﬁ = 1; print(fi)',
    'e\u0301 = 2; print(\u00e9)',
    'x\u00b2 = 3; print(x2)',
    '\u2460 = 1',
    'a\u20ac = 1',
    'a\u20acb = 1',
    '\u0301a = 1',
    'ǅ = 5; print(ǅ)',
    '℮ = 1; print(℮)',
    'a\u00b7b = 1; print(a\u00b7b)',
    '\u00b7 = 1',
    'ａ = 7; print(a)',
    'import sys; x = 1; print(sys)',
    '𝔘𝔫𝔦 = 1; print(Uni)',
    'ĳ = 1; print(ij)',
    'K = 2; print(K)',
    'x\u200d = 1',
    '\U0001F600 = 1',
    'a\u2028 = 1',
    'π = 3; print(π)',
    'def ﬁnd(): return 1\nprint(find())',
    'class Ｃ: ａ = 1\nprint(C.a, C.__name__)',
    'ﬁ = 1\nprint(globals().get("ﬁ"), "fi" in globals())',
    '\u2135 = 1; print(\u05d0)',
    'µ = 1; print(μ)',
    'x = 1\nprint(x.__class__.ﬁ)' ]
for t in tests:
    try:
        exec(compile(t, 'f.py',
    'exec'), {})
    except SyntaxError as e:
        print(repr(t), type(e).__name__, e.msg, e.lineno, e.offset)
    except Exception as e:
        print(repr(t), type(e).__name__, e)

ﬁle = 'normalised'
print(file, 'e\u0301'.isidentifier(), 'ﬁ'.isidentifier(), '\u00b2'.isidentifier(), 'x\u00b7'.isidentifier())
print([n for n in ['ﬁle', 'file'] if n in globals()])
class Ｐoint:
    ｘ = 1
    def ｍove(self, ｄx):
        return self.x + dx
print(Point().move(dx=2), Ｐoint.__name__, getattr(Point, 'ｘ', 'none'))
