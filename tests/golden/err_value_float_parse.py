float("one point five")
