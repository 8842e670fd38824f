# sys.exit with a message prints it on stderr and exits with status 1,
# after finally blocks have run.
import sys


def main():
    try:
        print("working")
        sys.exit("fatal: configuration missing")
    finally:
        print("cleanup runs")


main()
print("never printed")
