import time
t = time.gmtime(1700000000)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t[0], len(t))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %%", t))
print(time.strftime("%c | %x | %X", time.gmtime(0)))
import datetime
d = datetime.datetime(2024, 3, 9, 14, 5, 7)
print(d.strftime("%d/%m/%Y %H:%M"), d.strftime("%A %B %d"), datetime.date(2020, 2, 29).strftime("%j %a"))
print(f"{d:%Y-%m-%d}", d.isoformat(), d.weekday(), (d - datetime.datetime(2024, 1, 1)).total_seconds())
