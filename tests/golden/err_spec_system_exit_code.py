# SystemExit raised directly with a code exits with that status.
print("exiting with 7")
raise SystemExit(7)
