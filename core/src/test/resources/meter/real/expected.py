#!/usr/bin/env python3
"""Independent expected-value calculator for the sample slices in this folder.

Standard library only; no EnergyDiag code.  Run:  python3 expected.py
All interval starts are printed in local wall time of the source and in UTC.
"""
import csv, glob, io, os
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc


def read_text(name):
    with open(os.path.join(HERE, name), 'rb') as f:
        raw = f.read()
    return raw.decode('utf-8-sig')


def gaps(starts_utc, step):
    """List of (gap_start, gap_end, missing_count) between consecutive starts."""
    out = []
    s = sorted(starts_utc)
    for a, b in zip(s, s[1:]):
        if b - a != step:
            out.append((a, b, int((b - a) / step) - 1))
    return out


def report(title, starts_utc, step, total, zone, unit='kWh', extra=''):
    s = sorted(starts_utc)
    dup = len(s) - len(set(s))
    g = gaps(s, step)
    print(f'  {title}: n={len(s)} step={step} dup_starts={dup}')
    print(f'    first start {s[0].astimezone(zone):%Y-%m-%d %H:%M %Z} = {s[0]:%Y-%m-%dT%H:%MZ}')
    print(f'    last  start {s[-1].astimezone(zone):%Y-%m-%d %H:%M %Z} = {s[-1]:%Y-%m-%dT%H:%MZ}')
    print(f'    total {total:.4f} {unit} {extra}')
    if g:
        for a, b, m in g:
            print(f'    GAP after start {a.astimezone(zone):%Y-%m-%d %H:%M %Z} -> next start '
                  f'{b.astimezone(zone):%Y-%m-%d %H:%M %Z} ({m} intervals missing)' if m > 0 else
                  f'    IRREGULAR step {a:%Y-%m-%dT%H:%MZ} -> {b:%Y-%m-%dT%H:%MZ}')
    else:
        print('    gaps: none')


# ---------------------------------------------------------------- kind 1
def kind1():
    print('== 1-steel-daewoo-uci.csv (DAEWOO Steel, UCI)')
    zone = ZoneInfo('Asia/Seoul')  # assumption: Korean local time, no DST in 2018
    rows = list(csv.DictReader(io.StringIO(read_text('1-steel-daewoo-uci.csv'))))
    starts, kwh, lag, lead = [], 0.0, 0.0, 0.0
    for r in rows:
        d, t = r['date'].split(' ')
        day = datetime.strptime(d, '%d/%m/%Y')
        hh, mm = map(int, t.split(':'))
        end = day + timedelta(hours=hh, minutes=mm)
        if hh == 0 and mm == 0:          # 00:00 row closes the SAME date (= 24:00)
            end = day + timedelta(days=1)
            assert r['NSM'] == '0'
        else:
            assert int(r['NSM']) == hh * 3600 + mm * 60
        start = (end - timedelta(minutes=15)).replace(tzinfo=zone).astimezone(UTC)
        starts.append(start)
        kwh += float(r['Usage_kWh'])
        lag += float(r['Lagging_Current_Reactive.Power_kVarh'])
        lead += float(r['Leading_Current_Reactive_Power_kVarh'])
    report('Usage_kWh (active)', starts, timedelta(minutes=15), kwh, zone,
           extra=f'| lagging reactive {lag:.4f} kvarh | leading reactive {lead:.4f} kvarh')
    per_day = defaultdict(float)
    for s, r in zip(starts, rows):
        per_day[s.astimezone(zone).date()] += float(r['Usage_kWh'])
    for d in sorted(per_day):
        print(f'    day {d}: {per_day[d]:.2f} kWh')


# ---------------------------------------------------------------- kind 2
def kind2():
    print('== 2-taidi2022-industry-daily-maxmin-kw.csv (泰迪杯 2022 A题 附件2)')
    rows = list(csv.reader(io.StringIO(read_text('2-taidi2022-industry-daily-maxmin-kw.csv'))))
    assert rows[0] == ['行业类型', '数据时间', '有功功率最大值（kw）', '有功功率最小值（kw）'], rows[0]
    by = defaultdict(list)
    for r in rows[1:]:
        by[r[0]].append((datetime.strptime(r[1], '%Y/%m/%d'), float(r[2]), float(r[3])))
    for k, lst in by.items():
        days = [d for d, _, _ in lst]
        missing = [days[i] + timedelta(days=1) for i in range(len(days) - 1) if days[i + 1] - days[i] != timedelta(days=1)]
        print(f'  {k}: n={len(lst)} first {days[0]:%Y-%m-%d} last {days[-1]:%Y-%m-%d} '
              f'missing {[f"{d:%Y-%m-%d}" for d in missing]}')
        print(f'    max of 有功功率最大值 {max(x for _, x, _ in lst)} kW | max of 有功功率最小值 {max(y for _, _, y in lst)} kW '
              f'| min of 有功功率最小值 {min(y for _, _, y in lst)} kW (demand statistics: no energy)')


# ---------------------------------------------------------------- kind 3
def esb(name, value_is_kw):
    print(f'== {name} (ESB Networks HDF)')
    zone = ZoneInfo('Europe/Dublin')
    rows = list(csv.DictReader(io.StringIO(read_text(name))))
    by_type = defaultdict(list)
    for i, r in enumerate(rows):
        by_type[r['Read Type']].append((i, r))
    for rt, lst in sorted(by_type.items()):
        # file is newest-first: walk it backwards (oldest first) so that a
        # repeated local stamp on the autumn change gets fold=0 (IST) first,
        # fold=1 (GMT) second.
        seen = defaultdict(int)
        starts, total, peak = [], 0.0, 0.0
        for i, r in reversed(lst):
            naive = datetime.strptime(r['Read Date and End Time'], '%d-%m-%Y %H:%M')
            fold = seen[naive]
            seen[naive] += 1
            end = naive.replace(tzinfo=zone, fold=min(fold, 1)).astimezone(UTC)
            starts.append(end - timedelta(minutes=30))
            v = float(r['Read Value'])
            total += v * 0.5 if value_is_kw else v
            peak = max(peak, v)
        unit_note = ('values are average kW over 30 min; energy = kW*0.5h' if value_is_kw
                     else 'values are kWh per 30 min')
        report(rt, starts, timedelta(minutes=30), total, zone,
               extra=f'| max value {peak} | {unit_note}')


# ---------------------------------------------------------------- kind 4
def kind4():
    print('== 4-tuya-daily-register/*.csv (Tuya meter, cumulative register)')
    pts = []
    for f in sorted(glob.glob(os.path.join(HERE, '4-tuya-daily-register', '*.csv'))):
        with open(f, 'rb') as fh:
            rows = list(csv.DictReader(io.StringIO(fh.read().decode('utf-8'))))
        for r in rows:
            ts = datetime.strptime(r['timestamp'], '%Y-%m-%d %H:%M:%S UTC').replace(tzinfo=UTC)
            assert int(ts.timestamp()) == int(r['unix_timestamp']), r
            pts.append((ts, float(r['forward_energy_total_kwh']), os.path.basename(f)))
    pts.sort()
    dec = [(a, b) for a, b in zip(pts, pts[1:]) if b[1] < a[1]]
    steps = [(b[0] - a[0]) for a, b in zip(pts, pts[1:])]
    print(f'  readings={len(pts)} files={len(set(p[2] for p in pts))}')
    print(f'  first reading {pts[0][0]:%Y-%m-%dT%H:%M:%SZ} = {pts[0][1]} kWh')
    print(f'  last  reading {pts[-1][0]:%Y-%m-%dT%H:%M:%SZ} = {pts[-1][1]} kWh')
    print(f'  energy between first and last reading = {pts[-1][1] - pts[0][1]:.2f} kWh')
    print(f'  decreasing steps: {len(dec)}; min spacing {min(steps)}; max spacing {max(steps)}')
    big = [(a[0], b[0]) for a, b in zip(pts, pts[1:]) if b[0] - a[0] > timedelta(hours=1, minutes=30)]
    for a, b in big:
        print(f'    spacing > 1h30: {a:%Y-%m-%dT%H:%M:%SZ} -> {b:%Y-%m-%dT%H:%M:%SZ} ({b - a})')
    # deltas per file (last reading of the day minus last reading of the previous day)
    last_of = {}
    for ts, v, f in pts:
        last_of[f] = v
    prev = None
    for f in sorted(last_of):
        first_in_file = min((p for p in pts if p[2] == f))[1]
        print(f'    {f}: first {first_in_file} last {last_of[f]} within-file delta '
              f'{last_of[f] - first_in_file:.2f} kWh' +
              (f', delta vs previous file last {last_of[f] - prev:.2f} kWh' if prev is not None else ''))
        prev = last_of[f]


# ---------------------------------------------------------------- kind 5
def kind5():
    print('== 5-sce-greenbutton-nem.csv (SCE Green Button, NEM)')
    zone = ZoneInfo('America/Los_Angeles')
    text = read_text('5-sce-greenbutton-nem.csv')
    section = None
    data = defaultdict(list)
    for row in csv.reader(io.StringIO(text)):
        if not row:
            continue
        first = row[0].replace('\u00a0', ' ')
        if first.startswith('Energy') and 'time period' in first:
            section = 'Delivered' if 'Delivered' in first else 'Received'
            continue
        if section and ' to ' in first and len(row) >= 2:
            a, b = [x.strip() for x in first.split(' to ')]
            s = datetime.strptime(a, '%Y-%m-%d %H:%M:%S').replace(tzinfo=zone).astimezone(UTC)
            e = datetime.strptime(b, '%Y-%m-%d %H:%M:%S').replace(tzinfo=zone).astimezone(UTC)
            assert e - s == timedelta(minutes=15)
            data[section].append((s, float(row[1])))
    for sec in ('Delivered', 'Received'):
        lst = data[sec]
        report(f'{sec} (kWh)', [s for s, _ in lst], timedelta(minutes=15), sum(v for _, v in lst), zone)
    print(f'  net (delivered - received) = {sum(v for _, v in data["Delivered"]) - sum(v for _, v in data["Received"]):.4f} kWh')


# ---------------------------------------------------------------- kind 6
def kind6():
    print('== 6-cn-dgb2016-area1-load-96pt.csv (2016 电工杯 A题, Area 1)')
    zone = ZoneInfo('Asia/Shanghai')  # assumption: China Standard Time (no DST)
    rows = list(csv.reader(io.StringIO(read_text('6-cn-dgb2016-area1-load-96pt.csv'))))
    hdr, body = rows[0], rows[1:]
    assert len(hdr) == 97 and hdr[1] == 'T0000' and hdr[-1] == 'T2345'
    starts, total_mwh, vals = [], 0.0, []
    for r in body:
        day = datetime.strptime(r[0], '%Y%m%d')
        for h, v in zip(hdr[1:], r[1:]):
            if v == '':
                continue
            t = day + timedelta(hours=int(h[1:3]), minutes=int(h[3:5]))
            starts.append(t.replace(tzinfo=zone).astimezone(UTC))
            vals.append(float(v))
            total_mwh += float(v) * 0.25
    report('load (MW samples, treated as 15-min averages starting at the column time)',
           starts, timedelta(minutes=15), total_mwh * 1000, zone,
           extra=f'= {total_mwh:.4f} MWh | max {max(vals)} MW | min {min(vals)} MW')


if __name__ == '__main__':
    kind1()
    kind2()
    esb('3-esb-hdf-kw-newest.csv', True)
    esb('3-esb-hdf-kw-dst-spring.csv', True)
    esb('3-esb-hdf-kwh-dst-autumn.csv', False)
    kind4()
    kind5()
    kind6()
