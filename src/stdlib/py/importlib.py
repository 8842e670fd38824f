# `importlib`: importing by name at run time. The finding and loading is
# native (`src/stdlib/importer.rs`); this holds the spec objects a loaded
# module's `__spec__` is.


class ModuleSpec:
    # What the import system knew of a module when it loaded it: its
    # name, the file it came from (`origin`) and, for a package, the
    # directories its submodules are searched in.

    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None, submodule_search_locations=None):
        search = submodule_search_locations
        if is_package and search is None:
            search = []
        vars(self).update(
            name=name, loader=loader, origin=origin, loader_state=loader_state,
            submodule_search_locations=search, cached=None,
            has_location=origin is not None)

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        shown = ['name=' + repr(self.name), 'loader=' + repr(self.loader)]
        if self.origin is not None:
            shown.append('origin=' + repr(self.origin))
        if self.submodule_search_locations is not None:
            shown.append('submodule_search_locations='
                         + repr(self.submodule_search_locations))
        return 'ModuleSpec(' + ', '.join(shown) + ')'

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader
                and self.origin == other.origin
                and self.submodule_search_locations
                == other.submodule_search_locations)


def invalidate_caches():
    # Nothing is cached between imports: every import looks at the files.
    return None
