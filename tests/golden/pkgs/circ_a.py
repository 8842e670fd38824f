print("circ_a starts")
import circ_b

A_DONE = True
print("circ_a ends; circ_b.B =", circ_b.B)
