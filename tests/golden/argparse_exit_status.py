# argparse: a parse error ends the script with status 2 (usage and message on stderr).
import argparse
import os

os.environ['COLUMNS'] = '80'
parser = argparse.ArgumentParser(prog='prog', description='Exits on bad input.')
parser.add_argument('count', type=int, help='how many')
parser.add_argument('--level', choices=['low', 'high'], default='low')
print(parser.parse_args(['3']))
print(parser.parse_args(['4', '--level', 'high']))
print('about to fail')
parser.parse_args(['three'])
print('not reached')
