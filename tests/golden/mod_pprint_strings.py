# pprint: strings and bytes split into implicitly concatenated chunks.
import pprint

text = ('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do '
        'eiusmod tempor incididunt ut labore et dolore magna aliqua.')
pprint.pprint(text)
pprint.pprint(text, width=30)
pprint.pprint([text], width=40)
pprint.pprint({'key': text, 'other': 'short'}, width=50)
pprint.pprint('line one\nline two is longer than the rest\n\nend', width=20)
pprint.pprint('averyveryverylongwordwithoutanyspacesinsideitatall', width=20)
pprint.pprint('spaces     at    the   end      ', width=12)
pprint.pprint(('tuple of one ' * 6,), width=30)
pprint.pprint(b'0123456789abcdefghijklmnopqrstuvwxyz' * 2, width=30)
pprint.pprint([b'\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n'], width=20)
pprint.pprint(bytearray(b'hello world, this is bytes' * 2), width=30)
pprint.pprint(b'abcd', width=3)
pprint.pprint("it's \"quoted\" text with both kinds", width=20)
print(pprint.pformat('x' * 100, width=30))
