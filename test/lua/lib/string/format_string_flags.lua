-- flags on %s and %c are accepted and mostly ignored by C printf
print(string.format("[%05s][%+5s][% s][%#s][%-05s]", "ab", "ab", "ab", "ab", "ab"))
print(string.format("[%+.3s][% 8.2s][%-8.2s]", "abcdef", "abcdef", "abcdef"))
print(string.format("[%5c][%-3c][%03c]", 66, 67, 68))
print(string.format("[%-05d][%-+5d][%0-5d]", 7, 7, 7))
print(string.format("[%#x][%#o][%#X][%#.0o]", 0, 0, 0, 0))
print(string.format("[%.0e][%#.0e][%#.0f][%#g][%#.3g][%#G]", 5, 5, 5, 5, 5, 0.5))
