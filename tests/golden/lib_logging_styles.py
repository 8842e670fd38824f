# logging's three format styles: what each accepts, how it fills a record,
# its errors, defaults=, usesTime, formatTime and the record's extra lines.
import logging
import time

rec = logging.makeLogRecord({"msg": "hi %s", "args": ("x",), "a": 3,
                             "name": "st", "levelname": "INFO"})

print("-- % formats")
for fmt in ["%(message)", "%(message)z", "%(a)5.2f", "%(a)*d", "%%(a)s",
            "%(a b)s", "%(message)S", "%()s", "plain", "%(a)-#08.3X",
            "%(a).*f", "%(a", "x %(a)s %(", "%(a)+ 5d"]:
    try:
        f = logging.Formatter(fmt)
        print("ok", repr(fmt), repr(f._fmt))
    except ValueError as e:
        print(type(e).__name__, e)

print("-- { formats")
for fmt in ["{", "}", "{a", "{a}}", "{a!x}", "{a:zz}", "{a:>10}", "{0}",
            "{a.b[1]}", "{a[}", "{}", "{a:{b}}", "{a!}", "{a!r}", "{ a}",
            "{a:%Y}", "{a:,}", "{a:_>+#010,.3f}", "{a:10s}", "{a:=^+10d}",
            "{a:.{p}f}", "x {{ y }}", "{a.}", "{a[]}", "{a:x<}", "{a:<<}",
            "{a!rr}", "{a!r", "{a{b}c}", "{a]}", "{a:{}", "{a:.}", "{a:z}",
            "{a:10.2%}", "{a!s:^9}", "{a[0]b}", "{a:{{}}", "{!r}", "{:x}"]:
    try:
        logging.Formatter(fmt, style="{")
        print("ok", repr(fmt))
    except ValueError as e:
        print(type(e).__name__, e)

print("-- $ formats")
for fmt in ["$", "$a", "${a}", "$$", "${a", "$1", "x $ y", "${}", "$a$b",
            "$\u00e4", "$_x", "${a}b", "$$a", "a$"]:
    try:
        logging.Formatter(fmt, style="$")
        print("ok", repr(fmt))
    except ValueError as e:
        print(type(e).__name__, e)

print("-- filling")
for fmt, style in [("%(a)d %(nope)s", "%"), ("{nope}", "{"), ("$nope", "$"),
                   ("$a $", "$"), ("%(a)s %d", "%"), ("{a} {0}", "{"),
                   ("$a\n  $ x", "$"), ("a\r\nb$", "$"), ("%(a)05d|%(message)-6s|", "%"),
                   ("{a!r:>4}|{message}|{levelname:.1}", "{"),
                   ("${a}x $a $$ ${name}", "$")]:
    try:
        print(repr(logging.Formatter(fmt, style=style, validate=False).format(rec)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    logging.Formatter("x", style="?")
except ValueError as e:
    print(type(e).__name__, e)
try:
    logging.Formatter("%(a)s", "%H", "%", True, None)
except TypeError as e:
    print(type(e).__name__, e)

print("-- defaults")
d = {"a": 9, "b": 2}
print(logging.Formatter("%(a)s", defaults=d).format(rec),
      logging.Formatter("%(b)s", defaults=d).format(rec),
      logging.Formatter("$b", style="$", defaults=d).format(rec),
      logging.Formatter("{b}", style="{", defaults=d).format(rec))

print("-- usesTime")
for style, fmt in [("%", "%(asctime)s"), ("%", "%(asctime)"), ("{", "{asctime:>5}"),
                   ("$", "$asctime"), ("$", "${asctime}"), ("$", "$asctimes"),
                   ("{", "{ asctime}"), ("%", "%(message)s")]:
    print(style, fmt, logging.Formatter(fmt, style=style, validate=False).usesTime())

print("-- defaults of the classes")
f = logging.Formatter()
print(f._fmt, f.datefmt, type(f._style).__name__, logging.Formatter(style="$")._fmt,
      logging.Formatter(style="{")._fmt)
print(logging.Formatter.default_time_format, logging.Formatter.default_msec_format)
print(logging.PercentStyle.default_format, logging.StrFormatStyle.asctime_format,
      logging.StringTemplateStyle.asctime_search, list(logging._STYLES))

print("-- time")
f.converter = time.gmtime
rec.created = 1000000.123
rec.msecs = 123.0
print(f.formatTime(rec), f.formatTime(rec, "%d/%m %H"))
f.default_msec_format = "%s.%03d"
print(f.formatTime(rec))
f.default_msec_format = None
print(f.formatTime(rec))
ft = logging.Formatter("%(asctime)s|%(message)s", "%Y")
ft.converter = time.gmtime
print(ft.format(rec), rec.asctime)

print("-- extra lines")
print(repr(f.formatStack("stack here")), f.formatMessage(rec))
r2 = logging.makeLogRecord({"msg": "m", "stack_info": "Stack:\n  here"})
print(repr(logging.Formatter().format(r2)))
r3 = logging.makeLogRecord({"msg": "m\n", "exc_text": "EXC", "stack_info": "ST"})
print(repr(logging.Formatter().format(r3)))
print(logging.Formatter("%(message)s").format(logging.makeLogRecord({"msg": 5})))
print(repr(logging.Formatter("%(levelname)s %(message)s").format(logging.makeLogRecord({}))))

print("-- buffering")
bf = logging.BufferingFormatter()
print(repr(bf.format([])), repr(bf.format([r2, r3])))
class Framed(logging.BufferingFormatter):
    def formatHeader(self, records):
        return "[%d]" % len(records)
    def formatFooter(self, records):
        return "[end]"
print(Framed(logging.Formatter("<%(msg)s>")).format([r2, r3]))

print("-- overridden extra-line formatters")
class Blank(logging.Formatter):
    def formatException(self, ei):
        return ""
    def formatStack(self, stack_info):
        return ""
try:
    raise KeyError("k")
except KeyError:
    import sys
    r4 = logging.makeLogRecord({"msg": "m", "exc_info": sys.exc_info(), "stack_info": "S"})
print(repr(Blank().format(r4)), repr(r4.exc_text))
r4.exc_text = "cached"
print(repr(Blank().format(r4)))
