# argparse: command-line parsing with generated help, usage and errors,
# reproducing the text CPython 3.11 prints.
#
# A parser holds actions (one per add_argument); parsing classifies each
# command-line string as an option ('O'), an argument ('A') or the '--'
# marker ('-'), then hands each action the strings its nargs pattern
# (a regular expression over that classification) accepts. The help
# formatter lays out usage, sections and wrapped help at the width of the
# terminal ($COLUMNS, else 80) less two.

import os as _os
import re as _re
import sys as _sys
import textwrap as _textwrap

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
    'BooleanOptionalAction', 'FileType', 'HelpFormatter',
    'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace',
    'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

# The special nargs values, and the marker for "no default / not shown".
OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE = '?', '*', '+'
PARSER, REMAINDER, SUPPRESS = 'A...', '...', '==SUPPRESS=='
# Where a subcommand leaves the strings it did not recognize.
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


# ---------------------------------------------------------------- reprs

class _AttributeHolder:
    """repr() as Name(positional..., key=value...), keys that are not
    identifiers gathered into a trailing **{...}."""

    def __repr__(self):
        shown = [repr(a) for a in self._get_args()]
        odd = {}
        for key, value in self._get_kwargs():
            if key.isidentifier():
                shown.append('%s=%r' % (key, value))
            else:
                odd[key] = value
        if odd:
            shown.append('**' + repr(odd))
        return type(self).__name__ + '(' + ', '.join(shown) + ')'

    def _get_args(self):
        return ()

    def _get_kwargs(self):
        return [(k, v) for k, v in self.__dict__.items()]


class Namespace(_AttributeHolder):
    """The attributes parse_args() sets."""

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __contains__(self, key):
        return key in vars(self)

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


# ---------------------------------------------------------------- errors

def _action_name(action):
    """How messages name an action: its option strings, else its metavar
    or dest, else its choices."""
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


class ArgumentError(Exception):
    """A problem with one argument (or with creating it)."""

    def __init__(self, argument, message):
        self.argument_name = _action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type function: its text becomes the error message."""


# ---------------------------------------------------------------- actions

_ACTION_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default',
                  'type', 'choices', 'required', 'help', 'metavar')


class Action(_AttributeHolder):
    """What one command-line argument does when it is met."""

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        values = (option_strings, dest, nargs, const, default, type, choices,
                  required, help, metavar)
        for field, value in zip(_ACTION_FIELDS, values):
            setattr(self, field, value)

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in _ACTION_FIELDS]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')

    def format_usage(self):
        # How the action shows in a usage line when it takes no value.
        first, *_ = self.option_strings
        return first


class BooleanOptionalAction(Action):
    """--flag sets True, --no-flag sets False."""

    def __init__(self, option_strings, dest, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        strings = []
        for s in option_strings:
            strings.append(s)
            if s.startswith('--'):
                strings.append('--no-' + s[2:])
        super().__init__(option_strings=strings, dest=dest, nargs=0,
                         default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def format_usage(self):
        return ' | '.join(self.option_strings)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string not in self.option_strings:
            return
        negated = option_string.startswith('--no-')
        setattr(namespace, self.dest, not negated)


_ZERO_NARGS_HINT = {
    'store': 'if you have nothing to store, actions such as store true or '
             'store const may be more appropriate',
    'append': 'if arg strings are not supplying the value to append, the '
              'append const action may be more appropriate',
}


def _nargs_check(kind, nargs, const):
    if nargs == 0:
        raise ValueError('nargs for %s actions must be != 0; %s'
                         % (kind, _ZERO_NARGS_HINT[kind]))
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        _nargs_check('store', nargs, const)
        super().__init__(option_strings, dest, nargs, const, default, type,
                         choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const,
                         default=default, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        super().__init__(option_strings, dest, const=True, default=default,
                         required=required, help=help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        super().__init__(option_strings, dest, const=False, default=default,
                         required=required, help=help)


def _current_list(namespace, dest):
    # A copy, so a default list given by the caller is never changed.
    items = getattr(namespace, dest, None)
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        _nargs_check('append', nargs, const)
        super().__init__(option_strings, dest, nargs, const, default, type,
                         choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _current_list(namespace, self.dest)
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const,
                         default=default, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _current_list(namespace, self.dest)
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        super().__init__(option_strings, dest, nargs=0, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if count is None else count + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        super().__init__(option_strings, dest, nargs=0, default=default,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        # Help, then a clean exit (status 0).
        parser.print_help()
        parser.exit(0)


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS, help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default,
                         help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version
        if text is None:
            text = getattr(parser, 'version', None)
        formatter = parser._get_formatter()
        formatter.add_text(text)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        items = _current_list(namespace, self.dest)
        items.extend(values)
        setattr(namespace, self.dest, items)


class _ChoicesPseudoAction(Action):
    # One subcommand's line in the help: its name (and aliases) and help.

    def __init__(self, name, aliases, help):
        metavar = name
        if aliases:
            metavar += ' (%s)' % ', '.join(aliases)
        super().__init__(option_strings=[], dest=name, help=help,
                         metavar=metavar)


class _SubParsersAction(Action):
    """The positional that picks a subcommand and hands it the rest."""

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        # The parsers by name and alias: also the action's choices.
        self._parsers = {}
        self._listed = []
        self._prefix, self._make_parser = prog, parser_class
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=PARSER, choices=self._parsers,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        aliases = tuple(kwargs.pop('aliases', ()))
        for taken, what in [(name, 'subparser')] + [(a, 'subparser alias') for a in aliases]:
            if taken in self._parsers:
                raise ArgumentError(self, 'conflicting %s: %s' % (what, taken))
        if kwargs.get('prog') is None:
            kwargs['prog'] = self._prefix + ' ' + name
        if 'help' in kwargs:
            line = _ChoicesPseudoAction(name, aliases, kwargs.pop('help'))
            self._listed.append(line)
        made = self._make_parser(**kwargs)
        for key in (name,) + aliases:
            self._parsers[key] = made
        return made

    def _get_subactions(self):
        return self._listed

    def __call__(self, parser, namespace, values, option_string=None):
        chosen, *rest = values
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, chosen)
        sub = self._parsers.get(chosen)
        if sub is None:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)'
                                % (chosen, ', '.join(self._parsers)))
        # The subcommand's results go over the parent's (its defaults win).
        found, leftover = sub.parse_known_args(rest, None)
        vars(namespace).update(vars(found))
        if leftover:
            pending = vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            pending.extend(leftover)


class FileType:
    """A type= that opens the named file ('-' is stdin or stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._how = (mode, bufsize, encoding, errors)

    def __call__(self, string):
        mode = self._how[0]
        if string == '-':
            if 'r' in mode:
                stream = _sys.stdin
            elif any(c in mode for c in 'wax'):
                stream = _sys.stdout
            else:
                raise ValueError('argument "-" with mode %r' % mode)
            return stream.buffer if 'b' in mode else stream
        try:
            opened = open(string, *self._how)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))
        return opened

    def __repr__(self):
        mode, bufsize, encoding, errors = self._how
        shown = [repr(a) for a in (mode, bufsize) if a != -1]
        for key, value in (('encoding', encoding), ('errors', errors)):
            if value is not None:
                shown.append('%s=%r' % (key, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# ---------------------------------------------------------------- formatting

def _terminal_width():
    try:
        columns = int(_os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    return columns if columns > 0 else 80


class HelpFormatter:
    """Lays out usage, text and argument sections. Work is deferred: the
    parser adds parts, format_help() renders them once every argument's
    width is known."""

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        if width is None:
            width = _terminal_width() - 2
        self._prog, self._width = prog, width
        self._indent_increment = indent_increment
        # Help starts at most this far in, less on narrow terminals.
        narrow = max(width - 20, 2 * indent_increment)
        self._max_help_position = max_help_position if max_help_position < narrow else narrow
        self._current_indent = 0
        self._action_max_length = 0
        # Blocks of the root: callables giving text, rendered in order.
        self._root = []
        self._section = None

    # -- indentation --

    def _indent(self):
        self._current_indent += self._indent_increment

    def _dedent(self):
        self._current_indent -= self._indent_increment

    # -- adding parts --

    def _add(self, render):
        target = self._section['items'] if self._section is not None else self._root
        target.append(render)

    def start_section(self, heading):
        self._indent()
        self._section = {'heading': heading, 'items': [], 'indent': self._current_indent}

    def end_section(self):
        section = self._section
        self._section = None
        self._dedent()
        self._root.append(lambda: self._render_section(section))

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            indent = self._current_indent
            self._add(lambda: self._format_text(text, indent))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            actions = list(actions)
            self._add(lambda: self._format_usage(usage, actions, groups, prefix))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        longest = len(self._format_action_invocation(action))
        for sub in self._subactions(action):
            longest = max(longest, len(self._format_action_invocation(sub)))
        self._action_max_length = max(self._action_max_length,
                                      longest + self._current_indent)
        indent = self._current_indent
        self._add(lambda: self._format_action(action, indent))

    def add_arguments(self, actions):
        for each in actions:
            self.add_argument(each)

    def format_help(self):
        text = ''.join(render() for render in self._root)
        if text:
            text = _re.sub(r'\n\n\n+', '\n\n', text)
            text = text.strip('\n') + '\n'
        return text

    def _render_section(self, section):
        saved = self._current_indent
        self._current_indent = section['indent']
        body = ''.join(render() for render in section['items'])
        self._current_indent = saved
        if not body:
            return ''
        heading = ''
        if section['heading'] is not SUPPRESS and section['heading'] is not None:
            heading = '%*s%s:\n' % (section['indent'] - self._indent_increment, '',
                                    section['heading'])
        return '\n' + heading + body + '\n'

    # -- text --

    def _format_text(self, text, indent):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - indent, 11)
        return self._fill_text(text, width, ' ' * indent) + '\n\n'

    def _fill_text(self, text, width, indent):
        text = ' '.join(text.split())
        return _textwrap.fill(text, width, initial_indent=indent,
                              subsequent_indent=indent)

    def _split_lines(self, text, width):
        return _textwrap.wrap(' '.join(text.split()), width)

    # -- usage --

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = self._prog
        else:
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            opt_parts = self._usage_parts(optionals, groups)
            pos_parts = self._usage_parts(positionals, groups)
            usage = ' '.join(p for p in [self._prog] + opt_parts + pos_parts if p)
            width = self._width - self._current_indent
            if len(prefix) + len(usage) > width:
                usage = self._wrap_usage(prefix, opt_parts, pos_parts, width)
        return prefix + usage + '\n\n'

    def _wrap_usage(self, prefix, opt_parts, pos_parts, width):
        # Pieces break at spaces, except inside one bracketed element.
        piece = r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+'
        opt_pieces = _re.findall(piece, ' '.join(opt_parts))
        pos_pieces = _re.findall(piece, ' '.join(pos_parts))
        prog = self._prog

        def fill(pieces, indent, first_len=None):
            lines, line = [], []
            used = (first_len if first_len is not None else len(indent)) - 1
            for p in pieces:
                if line and used + 1 + len(p) > width:
                    lines.append(indent + ' '.join(line))
                    line, used = [], len(indent) - 1
                line.append(p)
                used += len(p) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if first_len is not None and lines:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_pieces:
                lines = fill([prog] + opt_pieces, indent, len(prefix))
                lines += fill(pos_pieces, indent)
            elif pos_pieces:
                lines = fill([prog] + pos_pieces, indent, len(prefix))
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            lines = fill(opt_pieces + pos_pieces, indent)
            if len(lines) > 1:
                lines = fill(opt_pieces, indent) + fill(pos_pieces, indent)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _usage_parts(self, actions, groups):
        """The usage text of each action, a mutually exclusive group whose
        members stand together counting as one element."""
        grouped = {}
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError('empty group %r' % (group,))
            if members[0] not in actions:
                continue
            start = actions.index(members[0])
            if actions[start:start + len(members)] == members:
                grouped[start] = group
        parts = []
        i = 0
        while i < len(actions):
            group = grouped.get(i)
            if group is None:
                action = actions[i]
                i += 1
                if action.help is not SUPPRESS:
                    parts.append(self._action_usage(action, False))
                continue
            members = group._group_actions
            i += len(members)
            shown = [self._action_usage(a, True) for a in members
                     if a.help is not SUPPRESS]
            if not shown:
                continue
            text = ' | '.join(shown)
            if not group.required:
                text = '[' + text + ']'
            elif len(shown) > 1:
                text = '(' + text + ')'
            parts.append(text)
        return [p for p in parts if p]

    def _action_usage(self, action, in_group):
        if not action.option_strings:
            text = self._format_args(action, self._get_default_metavar_for_positional(action))
            if in_group and text[:1] == '[' and text[-1:] == ']':
                text = text[1:-1]
            return text
        if action.nargs == 0:
            text = action.format_usage()
        else:
            metavar = self._get_default_metavar_for_optional(action)
            text = '%s %s' % (action.option_strings[0], self._format_args(action, metavar))
        if not action.required and not in_group:
            text = '[' + text + ']'
        return text

    # -- arguments --

    def _metavar(self, action, default, count):
        if action.metavar is not None:
            found = action.metavar
        elif action.choices is not None:
            found = '{' + ','.join(map(str, action.choices)) + '}'
        else:
            found = default
        if isinstance(found, tuple):
            return found
        return (found,) * count

    def _format_args(self, action, default_metavar):
        nargs = action.nargs
        if nargs is None:
            return '%s' % self._metavar(action, default_metavar, 1)
        if nargs == OPTIONAL:
            return '[%s]' % self._metavar(action, default_metavar, 1)
        if nargs == ZERO_OR_MORE:
            names = self._metavar(action, default_metavar, 1)
            if len(names) == 2:
                return '[%s [%s ...]]' % names
            return '[%s ...]' % names
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % self._metavar(action, default_metavar, 2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % self._metavar(action, default_metavar, 1)
        if nargs == SUPPRESS:
            return ''
        try:
            slots = ['%s'] * nargs
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(slots) % self._metavar(action, default_metavar, nargs)

    # A value's placeholder when no metavar is given: the dest, upper
    # case for options.
    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _format_action_invocation(self, action):
        if not action.option_strings:
            name, = self._metavar(action, self._get_default_metavar_for_positional(action), 1)
            return name
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join('%s %s' % (s, args) for s in action.option_strings)

    def _subactions(self, action):
        get = getattr(action, '_get_subactions', None)
        return list(get()) if get is not None else []

    def _format_action(self, action, indent):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        header_width = help_position - indent - 2
        header = self._format_action_invocation(action)
        lines = []
        if not action.help:
            lines.append(' ' * indent + header + '\n')
        else:
            help_lines = self._split_lines(self._expand_help(action), help_width)
            if len(header) <= header_width:
                first = ' ' * indent + header.ljust(header_width) + '  '
            else:
                lines.append(' ' * indent + header + '\n')
                first = ' ' * help_position
            if not help_lines:
                help_lines = ['']
            lines.append(first + help_lines[0] + '\n')
            for line in help_lines[1:]:
                lines.append(' ' * help_position + line + '\n')
        for sub in self._subactions(action):
            if sub.help is not SUPPRESS:
                lines.append(self._format_action(sub, indent + self._indent_increment))
        return ''.join(lines)

    def _expand_help(self, action):
        # The %(name)s fields: the action's attributes (functions and
        # classes by name, choices listed), and prog.
        fields = {}
        for key, value in list(vars(action).items()) + [('prog', self._prog)]:
            if value is SUPPRESS:
                continue
            fields[key] = getattr(value, '__name__', value) if hasattr(value, '__name__') else value
        if fields.get('choices') is not None:
            fields['choices'] = ', '.join(str(c) for c in fields['choices'])
        return self._get_help_string(action) % fields

    def _get_help_string(self, action):
        return action.help


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description's and epilog's line breaks."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps the line breaks of every help text too."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends each option's default to its help."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names each value after its type."""

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__

    _get_default_metavar_for_optional = _get_default_metavar_for_positional


# ---------------------------------------------------------------- containers

_NEGATIVE_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')


def _identity(value):
    return value


_ACTION_CLASSES = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
    'append': _AppendAction, 'append_const': _AppendConstAction,
    'count': _CountAction, 'help': _HelpAction, 'version': _VersionAction,
    'parsers': _SubParsersAction, 'extend': _ExtendAction,
}


class _Shared:
    """What a parser and all its groups hold in common: the actions, the
    option-string index, the defaults, the exclusive groups, the
    registries (action names and type names to callables)."""

    def __init__(self):
        self.actions = []
        self.by_option = {}
        self.defaults = {}
        self.exclusive = []
        self.negative_options = []
        self.registries = {'action': dict(_ACTION_CLASSES), 'type': {None: _identity}}


class _ActionsContainer:
    """What parsers and argument groups share: adding arguments."""

    def __init__(self, description, prefix_chars, argument_default,
                 conflict_handler, shared=None):
        self.description, self.prefix_chars = description, prefix_chars
        self.argument_default, self.conflict_handler = argument_default, conflict_handler
        self._shared = _Shared() if shared is None else shared
        self._action_groups = []

    @property
    def _actions(self):
        return self._shared.actions

    @property
    def _option_string_actions(self):
        return self._shared.by_option

    @property
    def _defaults(self):
        return self._shared.defaults

    @property
    def _mutually_exclusive_groups(self):
        return self._shared.exclusive

    @property
    def _has_negative_number_optionals(self):
        return self._shared.negative_options

    def register(self, registry_name, value, object):
        table = self._shared.registries.setdefault(registry_name, {})
        table[value] = object

    def _registry_get(self, registry_name, value, default=None):
        table = self._shared.registries.get(registry_name, {})
        try:
            return table[value]
        except (KeyError, TypeError):
            return default

    def set_defaults(self, **kwargs):
        # Also the default of any argument with that dest.
        self._shared.defaults.update(kwargs)
        for each in self._shared.actions:
            each.default = kwargs.get(each.dest, each.default)

    def get_default(self, dest):
        given = [a.default for a in self._shared.actions
                 if a.dest == dest and a.default is not None]
        return given[0] if given else self._shared.defaults.get(dest)

    def add_argument(self, *args, **kwargs):
        if not args or (len(args) == 1 and args[0][0] not in self.prefix_chars):
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            spec = self._positional_kwargs(*args, **kwargs)
        else:
            spec = self._optional_kwargs(*args, **kwargs)
        dest = spec['dest']
        if 'default' not in spec:
            if dest in self._shared.defaults:
                spec['default'] = self._shared.defaults[dest]
            elif self.argument_default is not None:
                spec['default'] = self.argument_default
        factory = self._pop_action_class(spec)
        if not callable(factory):
            raise ValueError('unknown action "%s"' % (factory,))
        made = factory(**spec)
        convert = self._registry_get('type', made.type, made.type)
        if not callable(convert):
            raise ValueError('%r is not callable' % (convert,))
        if convert is FileType:
            raise ValueError('%r is a FileType class object, instance of it '
                             'must be passed' % (convert,))
        # The help formatter must be able to show it (metavar against nargs).
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(made, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(made)

    def add_argument_group(self, *args, **kwargs):
        made = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(made)
        return made

    def add_mutually_exclusive_group(self, **kwargs):
        made = _MutuallyExclusiveGroup(self, **kwargs)
        self._shared.exclusive.append(made)
        return made

    def _add_action(self, action):
        self._check_conflict(action)
        shared = self._shared
        shared.actions.append(action)
        action.container = self
        for s in action.option_strings:
            shared.by_option[s] = action
            if _NEGATIVE_NUMBER.match(s) and not shared.negative_options:
                shared.negative_options.append(True)
        return action

    def _remove_action(self, action):
        self._shared.actions.remove(action)

    def _add_container_actions(self, container):
        # A parent's arguments join groups of the same title here.
        titled = {}
        for group in self._action_groups:
            if group.title in titled:
                raise ValueError('cannot merge actions - two groups are named %r'
                                 % (group.title,))
            titled[group.title] = group
        home = {}
        for group in container._action_groups:
            if group.title not in titled:
                titled[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            home.update((a, titled[group.title]) for a in group._group_actions)
        for group in container._mutually_exclusive_groups:
            twin = self.add_mutually_exclusive_group(required=group.required)
            home.update((a, twin) for a in group._group_actions)
        for each in list(container._actions):
            home.get(each, self)._add_action(each)

    def _positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        # Required unless it may match nothing ('*' only with a default).
        if nargs not in (OPTIONAL, ZERO_OR_MORE) or 'default' not in kwargs and nargs == ZERO_OR_MORE:
            kwargs['required'] = True
        kwargs.update(dest=dest, option_strings=[])
        return kwargs

    def _optional_kwargs(self, *args, **kwargs):
        chars = self.prefix_chars
        for s in args:
            if not s or s[0] not in chars:
                raise ValueError('invalid option string %r: must start with a '
                                 'character %r' % (s, chars))
        dest = kwargs.pop('dest', None)
        if dest is None:
            # From the first long option, else the first one.
            longs = [s for s in args if len(s) > 1 and s[1] in chars]
            source = (longs or list(args))[0]
            dest = source.lstrip(chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % source)
            dest = dest.replace('-', '_')
        kwargs.update(dest=dest, option_strings=list(args))
        return kwargs

    def _pop_action_class(self, kwargs, default=None):
        name = kwargs.pop('action', default)
        return self._registry_get('action', name, name)

    def _check_conflict(self, action):
        clashes = [(s, self._shared.by_option[s]) for s in action.option_strings
                   if s in self._shared.by_option]
        if not clashes:
            return
        if self.conflict_handler == 'resolve':
            # The newer argument takes the option strings over.
            for s, older in clashes:
                older.option_strings.remove(s)
                self._shared.by_option.pop(s, None)
                if not older.option_strings:
                    older.container._remove_action(older)
            return
        if self.conflict_handler != 'error':
            raise ValueError('invalid conflict_resolution value: %r'
                             % self.conflict_handler)
        word = 'string' if len(clashes) == 1 else 'strings'
        raise ArgumentError(action, 'conflicting option %s: %s'
                            % (word, ', '.join(s for s, _ in clashes)))


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help; its arguments are the parser's."""

    def __init__(self, container, title=None, description=None, **kwargs):
        settings = dict(conflict_handler=container.conflict_handler,
                        prefix_chars=container.prefix_chars,
                        argument_default=container.argument_default)
        settings.update(kwargs)
        super().__init__(description=description, shared=container._shared, **settings)
        self.title = title
        self._group_actions = []

    def _add_action(self, action):
        super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._group_actions.remove(action)
        super()._remove_action(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Arguments of which at most one (or, required, exactly one) is given;
    they live in the container's sections."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self._owner = container
        self.required = required

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        self._owner._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._group_actions.remove(action)
        self._owner._remove_action(action)


# ---------------------------------------------------------------- the parser

def _nargs_pattern(action):
    """The regular expression over 'O'/'A'/'-' that the action's strings
    must match; options take no '--' markers."""
    nargs = action.nargs
    if nargs is None:
        pattern = '(-*A-*)'
    elif nargs == OPTIONAL:
        pattern = '(-*A?-*)'
    elif nargs == ZERO_OR_MORE:
        pattern = '(-*[A-]*)'
    elif nargs == ONE_OR_MORE:
        pattern = '(-*A[A-]*)'
    elif nargs == REMAINDER:
        pattern = '([-AO]*)'
    elif nargs == PARSER:
        pattern = '(-*A[-AO]*)'
    elif nargs == SUPPRESS:
        pattern = '(-*-*)'
    else:
        pattern = '(-*%s-*)' % '-*'.join('A' * nargs)
    if action.option_strings:
        pattern = pattern.replace('-*', '').replace('-', '')
    return pattern


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Parses a command line into a Namespace, with -h help."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default,
                         conflict_handler=conflict_handler)
        if prog is None:
            # The script's file name, as the shell ran it.
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv else ''
        settings = dict(prog=prog, usage=usage, epilog=epilog,
                        formatter_class=formatter_class,
                        fromfile_prefix_chars=fromfile_prefix_chars,
                        add_help=add_help, allow_abbrev=allow_abbrev,
                        exit_on_error=exit_on_error)
        for key, value in settings.items():
            setattr(self, key, value)
        # The two standard sections, in help order.
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        if add_help:
            dash = prefix_chars[0] if '-' not in prefix_chars else '-'
            self.add_argument(dash + 'h', 2 * dash + 'help', action='help',
                              default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            self._shared.defaults.update(parent._defaults)

    def _get_kwargs(self):
        shown = ('prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help')
        return [(key, getattr(self, key)) for key in shown]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        # Own section only when given a title or description.
        if 'title' not in kwargs and 'description' not in kwargs:
            section = self._positionals
        else:
            section = self.add_argument_group(kwargs.pop('title', 'subcommands'),
                                              kwargs.pop('description', None))
        self._subparsers = section
        if kwargs.get('prog') is None:
            # Subcommand progs start with this usage up to the subcommand.
            fmt = self._get_formatter()
            fmt.add_usage(self.usage, self._get_positional_actions(),
                          self._shared.exclusive, '')
            kwargs['prog'] = fmt.format_help().strip()
        factory = self._pop_action_class(kwargs, 'parsers')
        made = factory(option_strings=[], **kwargs)
        section._add_action(made)
        return made

    def _add_action(self, action):
        section = self._optionals if action.option_strings else self._positionals
        section._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # -- parsing --

    def parse_args(self, args=None, namespace=None):
        result, leftover = self.parse_known_args(args, namespace)
        if leftover:
            self.error('unrecognized arguments: ' + ' '.join(leftover))
        return result

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        namespace = Namespace() if namespace is None else namespace
        # Defaults first, never over what the namespace already has.
        for each in self._actions:
            if each.dest is SUPPRESS or each.default is SUPPRESS:
                continue
            if not hasattr(namespace, each.dest):
                setattr(namespace, each.dest, each.default)
        for key, value in self._shared.defaults.items():
            if not hasattr(namespace, key):
                setattr(namespace, key, value)
        try:
            namespace, leftover = self._parse_known_args(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        pending = vars(namespace).pop(_UNRECOGNIZED_ARGS_ATTR, None)
        if pending:
            leftover.extend(pending)
        return namespace, leftover

    def parse_intermixed_args(self, args=None, namespace=None):
        result, leftover = self.parse_known_intermixed_args(args, namespace)
        if leftover:
            self.error('unrecognized arguments: ' + ' '.join(leftover))
        return result

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Options anywhere among the positionals: a first pass takes the
        options only (positionals switched off), a second gives what is
        left to the positionals (no option then required)."""
        positionals = self._get_positional_actions()
        for each in positionals:
            if each.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with '
                                'nargs=%s' % each.nargs)
        for group in self._shared.exclusive:
            if any(a in positionals for a in group._group_actions):
                raise TypeError('parse_intermixed_args: positional in '
                                'mutuallyExclusiveGroup')
        saved = []

        def override(obj, name, value):
            saved.append((obj, name, getattr(obj, name)))
            setattr(obj, name, value)

        def restore():
            while saved:
                obj, name, value = saved.pop()
                setattr(obj, name, value)

        usage = self.usage
        try:
            if usage is None:
                # Errors show the full usage, positionals included.
                self.usage = self.format_usage()[len('usage: '):]
            for each in positionals:
                override(each, 'nargs', SUPPRESS)
                override(each, 'default', SUPPRESS)
            namespace, rest = self.parse_known_args(args, namespace)
            for each in positionals:
                if getattr(namespace, each.dest, None) == []:
                    delattr(namespace, each.dest)
            restore()
            for each in self._get_optional_actions():
                override(each, 'required', False)
            for group in self._shared.exclusive:
                override(group, 'required', False)
            namespace, extras = self.parse_known_args(rest, namespace)
        finally:
            restore()
            self.usage = usage
        return namespace, extras

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)

        conflicts = {}
        for group in self._mutually_exclusive_groups:
            members = group._group_actions
            for i, action in enumerate(members):
                conflicts.setdefault(action, []).extend(members[:i] + members[i + 1:])

        # Classify every string; after '--' all are arguments.
        options = {}
        kinds = []
        after_marker = False
        for i, s in enumerate(arg_strings):
            if after_marker:
                kinds.append('A')
            elif s == '--':
                kinds.append('-')
                after_marker = True
            else:
                found = self._parse_optional(s)
                if found is None:
                    kinds.append('A')
                else:
                    options[i] = found
                    kinds.append('O')
        pattern = ''.join(kinds)

        seen = set()
        seen_non_default = set()
        extras = []
        positionals = self._get_positional_actions()

        def take_action(action, strings, option_string=None):
            seen.add(action)
            values = self._get_values(action, strings)
            if values is not action.default:
                seen_non_default.add(action)
                for other in conflicts.get(action, []):
                    if other in seen_non_default:
                        raise ArgumentError(action, 'not allowed with argument %s'
                                            % _action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_optional(start):
            action, option_string, explicit = options[start]
            to_take = []
            while True:
                if action is None:
                    extras.append(arg_strings[start])
                    return start + 1
                if explicit is None:
                    count = self._match_argument(action, pattern[start + 1:])
                    stop = start + 1 + count
                    to_take.append((action, arg_strings[start + 1:stop], option_string))
                    break
                count = self._match_argument(action, 'A')
                if (count == 0 and option_string[1] not in self.prefix_chars
                        and explicit != ''):
                    # -xyz: flags chained behind one dash.
                    to_take.append((action, [], option_string))
                    option_string = option_string[0] + explicit[0]
                    rest = explicit[1:] or None
                    if option_string not in self._option_string_actions:
                        raise ArgumentError(action, 'ignored explicit argument %r'
                                            % explicit)
                    action = self._option_string_actions[option_string]
                    explicit = rest
                elif count == 1:
                    stop = start + 1
                    to_take.append((action, [explicit], option_string))
                    break
                else:
                    raise ArgumentError(action, 'ignored explicit argument %r'
                                        % explicit)
            for action, strings, option_string in to_take:
                take_action(action, strings, option_string)
            return stop

        def consume_positionals(start):
            counts = self._match_arguments_partial(positionals, pattern[start:])
            for action, count in zip(positionals, counts):
                take_action(action, arg_strings[start:start + count])
                start += count
            del positionals[:len(counts)]
            return start

        start = 0
        last_option = max(options) if options else -1
        while start <= last_option:
            next_option = min(i for i in options if i >= start)
            if start != next_option:
                end = consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in options:
                extras.extend(arg_strings[start:next_option])
                start = next_option
            start = consume_optional(start)
        stop = consume_positionals(start)
        extras.extend(arg_strings[stop:])

        missing = []
        for action in self._actions:
            if action in seen:
                continue
            if action.required:
                missing.append(_action_name(action))
            elif (isinstance(action.default, str)
                  and hasattr(namespace, action.dest)
                  and action.default is getattr(namespace, action.dest)):
                setattr(namespace, action.dest, self._get_value(action, action.default))
        if missing:
            self.error('the following arguments are required: %s' % ', '.join(missing))
        for group in self._mutually_exclusive_groups:
            if group.required and not any(a in seen_non_default
                                          for a in group._group_actions):
                names = [_action_name(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                self.error('one of the arguments %s is required' % ' '.join(names))
        return namespace, extras

    def _read_args_from_files(self, arg_strings):
        result = []
        for s in arg_strings:
            if not s or s[0] not in self.fromfile_prefix_chars:
                result.append(s)
                continue
            try:
                with open(s[1:]) as f:
                    lines = f.read().splitlines()
            except OSError as err:
                raise ArgumentError(None, str(err))
            strings = []
            for line in lines:
                strings.extend(self.convert_arg_line_to_args(line))
            result.extend(self._read_args_from_files(strings))
        return result

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, pattern):
        found = _re.match(_nargs_pattern(action), pattern)
        if found is None:
            nargs = action.nargs
            if nargs is None:
                message = 'expected one argument'
            elif nargs == OPTIONAL:
                message = 'expected at most one argument'
            elif nargs == ONE_OR_MORE:
                message = 'expected at least one argument'
            elif isinstance(nargs, int):
                message = ('expected %s argument' if nargs == 1
                           else 'expected %s arguments') % nargs
            else:
                message = 'expected %s argument(s)' % nargs
            raise ArgumentError(action, message)
        return len(found.group(1))

    def _match_arguments_partial(self, actions, pattern):
        # As many of the actions as can match, from the first.
        for n in range(len(actions), 0, -1):
            whole = ''.join(_nargs_pattern(a) for a in actions[:n])
            found = _re.match(whole, pattern)
            if found is not None:
                return [len(g) for g in found.groups()]
        return []

    def _parse_optional(self, arg):
        if not arg or arg[0] not in self.prefix_chars:
            return None
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if len(arg) == 1:
            return None
        if '=' in arg:
            name, explicit = arg.split('=', 1)
            if name in self._option_string_actions:
                return self._option_string_actions[name], name, explicit
        candidates = self._get_option_tuples(arg)
        if len(candidates) > 1:
            self.error('ambiguous option: %s could match %s'
                       % (arg, ', '.join(s for _, s, _ in candidates)))
        if len(candidates) == 1:
            return candidates[0]
        if _NEGATIVE_NUMBER.match(arg) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg:
            return None
        return None, arg, None

    def _get_option_tuples(self, option_string):
        """The options `option_string` may abbreviate: a prefix of a long
        option (with allow_abbrev), or a short option with its value
        attached (-xVALUE) or a prefix of a single-dash long one."""
        chars = self.prefix_chars
        known = self._shared.by_option
        if option_string[0] not in chars:
            self.error('unexpected option string: %s' % option_string)
        if option_string[1] in chars:
            if not self.allow_abbrev:
                return []
            head, eq, tail = option_string.partition('=')
            explicit = tail if eq else None
            return [(a, s, explicit) for s, a in known.items() if s.startswith(head)]
        found = []
        for s, a in known.items():
            if s == option_string[:2]:
                found.append((a, s, option_string[2:]))
            elif s.startswith(option_string):
                found.append((a, s, None))
        return found

    def _get_values(self, action, strings):
        """The value the action receives for its strings: converted with
        its type and checked against its choices (defaults given as text
        are converted too)."""
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER) and '--' in strings:
            strings = list(strings)
            del strings[strings.index('--')]
        convert = lambda text: self._get_value(action, text)
        check = lambda value: self._check_value(action, value)
        if nargs == OPTIONAL and not strings:
            value = action.default
            if action.option_strings:
                value = action.const
            if isinstance(value, str):
                value = convert(value)
                check(value)
            return value
        if nargs == ZERO_OR_MORE and not strings and not action.option_strings:
            value = strings if action.default is None else action.default
            check(value)
            return value
        if nargs in (None, OPTIONAL) and len(strings) == 1:
            value = convert(strings[0])
            check(value)
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [convert(text) for text in strings]
        if nargs == PARSER:
            check(values[0])
        elif nargs != REMAINDER:
            for value in values:
                check(value)
        return values

    def _get_value(self, action, text):
        convert = self._registry_get('type', action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, '%r is not callable' % (convert,))
        try:
            return convert(text)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, text))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, ', '.join(map(repr, action.choices))))

    # -- help --

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._shared.exclusive)
        return fmt.format_help()

    def format_help(self):
        """Usage, description, each section, epilog."""
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._shared.exclusive)
        fmt.add_text(self.description)
        for section in self._action_groups:
            fmt.start_section(section.title)
            fmt.add_text(section.description)
            fmt.add_arguments(section._group_actions)
            fmt.end_section()
        fmt.add_text(self.epilog)
        return fmt.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        # A missing or closed stream loses the text silently.
        try:
            (_sys.stderr if file is None else file).write(message)
        except (AttributeError, OSError):
            return

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        raise SystemExit(status)

    def error(self, message):
        """Usage and `prog: error: message` on stderr, then exit status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
