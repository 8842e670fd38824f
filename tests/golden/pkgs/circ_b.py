print("circ_b starts")
import circ_a

print("circ_b sees partial circ_a, has A_DONE:", hasattr(circ_a, "A_DONE"))
try:
    from circ_a import A_DONE
except ImportError as e:
    print("circ_b:", type(e).__name__, str(e).split(" (", 1)[0] + " ...")
B = 2
