# time match: daytimes, weekdays, monthdays (! stores the complement), dates, timezones, errors, listing, -C/-D
iptables -A INPUT -m time --timestart 12:00 --timestop 13:00
iptables -A INPUT -m time --timestart 12:00:30 --timestop 13:00:59
iptables -A INPUT -m time --timestart 22:00 --timestop 06:00
iptables -A INPUT -m time --timestart 22:00 --timestop 06:00 --contiguous
iptables -A INPUT -m time --timestart 24:00
iptables -A INPUT -m time --timestart 23:60
iptables -A INPUT -m time --timestart 23:59:60
iptables -A INPUT -m time --timestart 1
iptables -A INPUT -m time --timestart x
iptables -A INPUT -m time --weekdays Mon,Tue
iptables -A INPUT -m time ! --weekdays Mon,Tue,Wed,Thu,Fri,Sat,Sun
iptables -A INPUT -m time --weekdays 1,2,7
iptables -A INPUT -m time --weekdays 0
iptables -A INPUT -m time --weekdays 8
iptables -A INPUT -m time --weekdays mon
iptables -A INPUT -m time --weekdays Foo
iptables -A INPUT -m time --monthdays 1,15,31
iptables -A INPUT -m time ! --monthdays 1
iptables -A INPUT -m time --monthdays 0
iptables -A INPUT -m time --monthdays 32
iptables -A INPUT -m time --datestart 2020-01-01
iptables -A INPUT -m time --datestart 2020-01-01T10:20:30 --datestop 2021-02-03T04:05:06
iptables -A INPUT -m time --datestart 2020
iptables -A INPUT -m time --datestart 2020-02
iptables -A INPUT -m time --datestart 2020-02-30
iptables -A INPUT -m time --datestart 1969-01-01
iptables -A INPUT -m time --datestart 2038-01-19T03:14:07
iptables -A INPUT -m time --datestart 2038-01-19T03:14:08
iptables -A INPUT -m time --datestop 2040-01-01
iptables -A INPUT -m time --datestart foo
iptables -A INPUT -m time --kerneltz --timestart 01:00
iptables -A INPUT -m time --localtz --timestart 01:00
iptables -A INPUT -m time --utc --timestart 01:00
iptables -A INPUT -m time
iptables -A INPUT -m time --timestart 01:00 --timestart 02:00
iptables -A INPUT -m time ! --timestart 01:00
iptables -A INPUT -m time --timestop 05:00
iptables -A INPUT -m time --contiguous
iptables -A INPUT -m time --timestart 00:00 --timestop 23:59:59 --weekdays Sat,Sun --monthdays 1,2 --datestart 2000-01-01 --datestop 2001-01-01 --kerneltz
iptables -A INPUT -m time --weekdays Monday
iptables -A INPUT -m time --weekdays Mo
iptables -A INPUT -m time --weekdays 1x
iptables -A INPUT -m time --weekdays Mon,
iptables -A INPUT -m time --weekdays ,Mon
iptables -A INPUT -m time --weekdays 9
iptables -A INPUT -m time --weekdays 100
iptables -A INPUT -m time --weekdays -1
iptables -A INPUT -m time --weekdays ""
iptables -A INPUT -m time --weekdays Mon,,Tue
iptables -A INPUT -m time --weekdays MonTue
iptables -A INPUT -m time --weekdays 1,Mon
iptables -A INPUT -m time --weekdays " 1"
iptables -A INPUT -m time --weekdays 01
iptables -A INPUT -m time --monthdays x
iptables -A INPUT -m time --monthdays 1x
iptables -A INPUT -m time --monthdays -1
iptables -A INPUT -m time --monthdays ""
iptables -A INPUT -m time --monthdays 1,,2
iptables -A INPUT -m time --monthdays 1,
iptables -A INPUT -m time --monthdays 0x10
iptables -A INPUT -m time --monthdays " 5"
iptables -A INPUT -m time --monthdays 010
iptables -A INPUT -m time --datestart 2020-1-2T3:4:5
iptables -A INPUT -m time --datestart 2020-00
iptables -A INPUT -m time --datestart 2020-13
iptables -A INPUT -m time --datestart 2020-01-32
iptables -A INPUT -m time --datestart 2020-01-00
iptables -A INPUT -m time --datestart 2020-01-01T24
iptables -A INPUT -m time --datestart 2020-01-01T
iptables -A INPUT -m time --datestart 2020-01-01T23:60
iptables -A INPUT -m time --datestart 2020-01-01T23:59:60
iptables -A INPUT -m time --datestart 2020-01-01x
iptables -A INPUT -m time --datestart 1970-01-01 --datestop 1970-01-01
iptables -A INPUT -m time --datestart 2038-12-31T23:59:59
iptables -A INPUT -m time --datestart " 2020"
iptables -A INPUT -m time --datestart +2020
iptables -A INPUT -m time --timestart 1:2:3
iptables -A INPUT -m time --timestart 01:02:
iptables -A INPUT -m time --timestart :01
iptables -A INPUT -m time --timestart 01:
iptables -A INPUT -m time --timestart -1:00
iptables -A INPUT -m time --timestart 00:00 --timestop 00:00
iptables -A INPUT -m time --utc --kerneltz
iptables -A INPUT -m time --kerneltz --localtz
iptables -A INPUT -m time --timestart 05:00 --timestop 01:00 --contiguous --contiguous
iptables -A INPUT -m time ! --weekdays 8
iptables -A INPUT -m time ! --monthdays 0
iptables -A INPUT -m time --datestart 1970-01-00
iptables -A INPUT -m time --weekdays Fooday
iptables -A INPUT -m time --weekdays 33
iptables -A INPUT -m time -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C INPUT -m time --timestart 22:00 --timestop 06:00 --contiguous
iptables -C INPUT -m time --timestart 22:00 --timestop 06:00:01 --contiguous
iptables -C INPUT -m time --monthdays 2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
iptables -D INPUT -m time ! --monthdays 1
iptables -D INPUT -m time --weekdays Mon,Tue
iptables -S INPUT
ip6tables -A INPUT -m time --weekdays Sat,Sun --timestart 08:00 --timestop 18:00 --kerneltz -j DROP
ip6tables -A INPUT -m time --datestart 2024-02-29T12:00 --datestop 2024-03-01
ip6tables -S
ip6tables -L
ip6tables-save
ip6tables -D INPUT -m time --weekdays 6,7 --timestart 08:00:00 --timestop 18:00:00 --kerneltz -j DROP
ip6tables -S
