# Import statements in a class bind (and import) mangled names.
import sys
import types

mod = types.ModuleType("_Loader__plugin")
setattr(mod, "__item", "plain item")
setattr(mod, "_Loader__item", "mangled item")
mod.value = 3
sys.modules["_Loader__plugin"] = mod


class Loader:
    import __plugin
    from __plugin import __item
    from __plugin import value as __value
    import __plugin as __alias

    def get(self):
        return self.__plugin.value, self.__item, self.__value, self.__alias is self.__plugin


print(Loader().get())
print(sorted(n for n in vars(Loader) if "Loader" in n))


class Failing:
    try:
        import __nowhere
    except ImportError as e:
        print(type(e).__name__, e)
    try:
        from __nowhere2 import thing
    except ImportError as e:
        print(type(e).__name__, e)
    try:
        from _Loader__plugin import __missing
    except ImportError as e:
        print(type(e).__name__, str(e).split(" (")[0])
    # A dotted module name is never mangled.
    try:
        import __pkg.sub
    except ImportError as e:
        print(type(e).__name__, e)


# Importing inside a method binds a mangled local.
class Method:
    def run(self):
        import __plugin_missing_module
        return 1

    def run2(self):
        from _Loader__plugin import value as __v
        return __v, sorted(locals())


try:
    Method().run()
except ImportError as e:
    print(type(e).__name__, e)
print(Method().run2())
