import statistics
import textwrap
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.pstdev(data))
print(statistics.variance([1, 2, 3, 4]), round(statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), 10))
print(statistics.median([3, 1, 2]), statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]))
print(statistics.mean([1.5, 2.5]), statistics.multimode("aabbbcc"), statistics.fmean([1, 2, 3]))
text = "The quick brown fox jumps over the lazy dog and keeps running through the forest until night."
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, 30))
print(textwrap.dedent("""
    indented
      more
    back
""").strip().splitlines())
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.shorten("Hello   world, this is a long sentence", 20))
