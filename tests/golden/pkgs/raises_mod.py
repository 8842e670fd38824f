print("raises_mod runs")
VALUE = 1
raise ValueError("raises_mod failed half way")
