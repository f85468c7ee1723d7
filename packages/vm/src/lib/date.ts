/**
 * Calendar arithmetic for os.date and os.time: gmtime, localtime and mktime on 64-bit time_t,
 * and glibc's strftime in the "C" locale.
 *
 * The civil calendar is computed here (proleptic Gregorian, days since 1970 ⇄ year/month/day by
 * Hinnant's algorithm) so any time_t works, as with glibc — years like 36812 or -29719 — not only
 * JS Date's ±275760 years; gmtime fails (os.date returns nil) only when the year leaves C's int.
 * The local time zone comes from the host's Date (its offset at the instant, whether that is
 * DST, and the zone's abbreviation from Intl).
 *
 * strftime gets one conversion at a time, as loslib.c passes "%c" pairs: conversions glibc does
 * not know come back as written (and "%5" is padded to width 5, as glibc does).
 */

export interface Tm {
  sec: number;
  min: number;
  hour: number;
  mday: number;
  /** 0..11 */
  mon: number;
  /** The full year (tm_year + 1900). */
  year: number;
  /** 0..6, Sunday = 0 */
  wday: number;
  /** 0..365 */
  yday: number;
  /** 1 DST, 0 not, -1 unknown */
  isdst: number;
  /** Seconds east of UTC. */
  gmtoff: number;
  zone: string;
  /** Whether this is gmtime's result (for %s). */
  utc: boolean;
}

const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1..12). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** [year, month 1..12, day] of a day number. */
function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Break down t + offset seconds as a UTC time; null when the year leaves C's int. */
function breakDown(t: number, gmtoff: number): Tm | null {
  const s = t + gmtoff;
  const days = Math.floor(s / 86400);
  let secs = s - days * 86400;
  const [y, m, d] = civilFromDays(days);
  if (y - 1900 > INT_MAX || y - 1900 < INT_MIN) return null;
  const hour = Math.floor(secs / 3600);
  secs -= hour * 3600;
  const min = Math.floor(secs / 60);
  return {
    sec: secs - min * 60, min, hour, mday: d, mon: m - 1, year: y,
    wday: (((days + 4) % 7) + 7) % 7, yday: days - daysFromCivil(y, 1, 1),
    isdst: 0, gmtoff, zone: 'GMT', utc: gmtoff === 0,
  };
}

// ---------------------------------------------------------------- the local time zone

const MAX_DATE_SECONDS = 8.64e12; // JS Date's range

/** Seconds east of UTC of the local zone at UTC instant t. */
function zoneOffset(t: number): number {
  const c = Math.max(-MAX_DATE_SECONDS, Math.min(MAX_DATE_SECONDS, t));
  const off = new Date(c * 1000).getTimezoneOffset();
  return off === off ? -off * 60 : 0;
}

/** [standard, daylight] offsets of the local zone in the year around t (daylight = standard + 1h without DST). */
function zoneOffsets(t: number): [number, number] {
  const c = Math.max(-MAX_DATE_SECONDS, Math.min(MAX_DATE_SECONDS, t));
  const year = new Date(c * 1000).getUTCFullYear();
  const jan = zoneOffset(Date.UTC(year, 0, 1) / 1000);
  const jul = zoneOffset(Date.UTC(year, 6, 1) / 1000);
  const std = Math.min(jan, jul), dst = Math.max(jan, jul);
  return [std, dst === std ? std + 3600 : dst];
}

/** Whether the local zone is on daylight-saving time at t (its offset exceeds the year's standard one). */
function isDst(t: number): boolean {
  return zoneOffset(t) > zoneOffsets(t)[0];
}

/**
 * The zone's abbreviation at t. Intl only knows the abbreviations some locales use ("CET" in
 * en-GB, "IST" in en-IN…), so a few are tried; otherwise the numeric form tzdata uses ("+03").
 */
const ZONE_LOCALES = ['en-US', 'en-GB', 'en-IN', 'en-AU', 'ja-JP', 'en-ZA'];
let zoneFormats: Intl.DateTimeFormat[] | null = null;

function zoneName(t: number, off: number): string {
  if (zoneFormats === null) {
    zoneFormats = [];
    for (const l of ZONE_LOCALES) {
      try { zoneFormats.push(new Intl.DateTimeFormat(l, { timeZoneName: 'short' })); } catch { /* no Intl */ }
    }
  }
  if (Math.abs(t) <= MAX_DATE_SECONDS) {
    const d = new Date(t * 1000);
    for (const f of zoneFormats) {
      const name = f.formatToParts(d).find((p) => p.type === 'timeZoneName')?.value;
      if (name !== undefined && !/^(GMT|UTC)[+-−]/.test(name)) return name;
    }
  }
  const a = Math.abs(off);
  const hh = Math.floor(a / 3600), mm = Math.floor((a % 3600) / 60);
  return (off < 0 ? '-' : '+') + pad(hh, 2) + (mm !== 0 ? pad(mm, 2) : '');
}

export function gmtime(t: number): Tm | null {
  return breakDown(t, 0);
}

export function localtime(t: number): Tm | null {
  const off = zoneOffset(t);
  const tm = breakDown(t, off);
  if (tm === null) return null;
  tm.utc = false;
  tm.isdst = isDst(t) ? 1 : 0;
  tm.zone = zoneName(t, off);
  return tm;
}

/**
 * mktime: the time_t of local broken-down time (fields normalised, as mktime does: month 13,
 * day 0, negative seconds…). `year` is tm_year (years since 1900). With isdst 1 or 0 the time is
 * read with the zone's daylight or standard offset; with -1, with the one in force — and, as
 * glibc does, with the standard offset when the local time is skipped or repeated by a DST change.
 * null where mktime returns -1 (also, as in C, for the instant 1969-12-31 23:59:59 UTC).
 */
export function mktime(year: number, mon: number, mday: number, hour: number, min: number, sec: number, isdst: number): number | null {
  const y = year + 1900 + Math.floor(mon / 12);
  const m = ((mon % 12) + 12) % 12;
  const local = (daysFromCivil(y, m + 1, 1) + mday - 1) * 86400 + hour * 3600 + min * 60 + sec;
  const [std, dst] = zoneOffsets(local);
  const tStd = local - std, tDst = local - dst;
  let t: number;
  if (isdst > 0) t = tDst;
  else if (isdst === 0) t = tStd;
  else {
    const validStd = zoneOffset(tStd) === std;
    const validDst = zoneOffset(tDst) === dst;
    t = validDst && !validStd ? tDst : validStd || !validDst ? tStd : tDst;
    if (!validStd && !validDst) {
      // neither reading holds: a zone change outside DST; use the offset in force there
      const o = zoneOffset(tStd);
      if (zoneOffset(local - o) === o) t = local - o;
      else t = tStd;
    }
  }
  if (localtime(t) === null || Math.abs(t) >= 9223372036854775807 || t === -1) return null;
  return t;
}

// ---------------------------------------------------------------- strftime

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

function pad(n: number, width: number, fill = '0'): string {
  const neg = n < 0;
  let s = String(Math.abs(n));
  while (s.length < width) s = fill + s;
  return neg ? '-' + s : s;
}

/** glibc's iso_week_days: days since the start of the ISO week-based year (negative: previous year). */
function isoWeekDays(yday: number, wday: number): number {
  const bigEnoughMultipleOf7 = (Math.floor(366 / 7) + 2) * 7;
  return yday - ((yday - wday + 4 + bigEnoughMultipleOf7) % 7) + 4 - 1;
}

/** [ISO year, ISO week] of tm. */
function isoWeek(tm: Tm): [number, number] {
  let year = tm.year;
  let days = isoWeekDays(tm.yday, tm.wday);
  if (days < 0) {
    year--;
    days = isoWeekDays(tm.yday + (365 + (isLeap(year) ? 1 : 0)), tm.wday);
  } else {
    const d = isoWeekDays(tm.yday - (365 + (isLeap(year) ? 1 : 0)), tm.wday);
    if (d >= 0) { year++; days = d; }
  }
  return [year, Math.floor(days / 7) + 1];
}

/** strftime of the single conversion `%c` for tm. */
export function strftime1(c: string, tm: Tm): string {
  switch (c) {
    case 'a': return DAYS[tm.wday].slice(0, 3);
    case 'A': return DAYS[tm.wday];
    case 'b': case 'h': return MONTHS[tm.mon].slice(0, 3);
    case 'B': return MONTHS[tm.mon];
    case 'c': return `${strftime1('a', tm)} ${strftime1('b', tm)} ${pad(tm.mday, 2, ' ')} ${strftime1('T', tm)} ${tm.year}`;
    case 'C': return String(Math.floor(tm.year / 100));
    case 'd': return pad(tm.mday, 2);
    case 'D': case 'x': return `${pad(tm.mon + 1, 2)}/${pad(tm.mday, 2)}/${strftime1('y', tm)}`;
    case 'e': return pad(tm.mday, 2, ' ');
    case 'F': return `${tm.year}-${pad(tm.mon + 1, 2)}-${pad(tm.mday, 2)}`;
    case 'g': return pad(((isoWeek(tm)[0] % 100) + 100) % 100, 2);
    case 'G': return String(isoWeek(tm)[0]);
    case 'H': return pad(tm.hour, 2);
    case 'I': return pad(tm.hour % 12 === 0 ? 12 : tm.hour % 12, 2);
    case 'j': return pad(tm.yday + 1, 3);
    case 'k': return pad(tm.hour, 2, ' ');
    case 'l': return pad(tm.hour % 12 === 0 ? 12 : tm.hour % 12, 2, ' ');
    case 'm': return pad(tm.mon + 1, 2);
    case 'M': return pad(tm.min, 2);
    case 'n': return '\n';
    case 'p': return tm.hour < 12 ? 'AM' : 'PM';
    case 'P': return tm.hour < 12 ? 'am' : 'pm';
    case 'r': return `${strftime1('I', tm)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)} ${strftime1('p', tm)}`;
    case 'R': return `${pad(tm.hour, 2)}:${pad(tm.min, 2)}`;
    case 's': {
      // mktime of the broken-down time, read as local time
      const t = mktime(tm.year - 1900, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.utc ? -1 : tm.isdst);
      return String(t ?? -1);
    }
    case 'S': return pad(tm.sec, 2);
    case 't': return '\t';
    case 'T': case 'X': return `${pad(tm.hour, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)}`;
    case 'u': return String(tm.wday === 0 ? 7 : tm.wday);
    case 'U': return pad(Math.floor((tm.yday + 7 - tm.wday) / 7), 2);
    case 'V': return pad(isoWeek(tm)[1], 2);
    case 'w': return String(tm.wday);
    case 'W': return pad(Math.floor((tm.yday + 7 - ((tm.wday + 6) % 7)) / 7), 2);
    case 'y': return pad(((tm.year % 100) + 100) % 100, 2);
    case 'Y': return String(tm.year);
    case 'z': {
      const off = tm.utc ? 0 : tm.gmtoff;
      const a = Math.abs(off);
      return (off < 0 ? '-' : '+') + pad(Math.floor(a / 3600), 2) + pad(Math.floor((a % 3600) / 60), 2);
    }
    case 'Z': return tm.utc ? 'GMT' : tm.zone;
    case '%': return '%';
  }
  const d = c.charCodeAt(0) - 48;
  if (d >= 1 && d <= 9) return ('%' + c).padStart(d, ' '); // a field width with no conversion
  return '%' + c;
}
