name = "heap"
n = 42
x = 3.14159
print(f"{name!r} {n:5d} {x:.2f} {n:x} {n:08b} {1000000:,} {name:>8}|{name:<6}|{name:^8}|")
print(f"{{braces}} {n + 1} {[1, 2]} {'q'}")
