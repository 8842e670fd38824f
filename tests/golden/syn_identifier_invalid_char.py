# A name may not hold a character outside XID_Continue.
print("before")
price€ = 3
