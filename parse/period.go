package parse

import (
	"fmt"
	"time"
)

// Date is a calendar day, free of clocks and time zones.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// MakeDate normalises its arguments the way time.Date does (day 0 is the
// last day of the month before).
func MakeDate(y int, m time.Month, d int) Date {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return Date{t.Year(), t.Month(), t.Day()}
}

func (d Date) time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d.Year == 0 && d.Month == 0 && d.Day == 0 }

// Before reports whether d is earlier than e.
func (d Date) Before(e Date) bool { return d.time().Before(e.time()) }

// AddDays returns d moved by n days.
func (d Date) AddDays(n int) Date { return MakeDate(d.Year, d.Month, d.Day+n) }

// String writes d as 2006-01-02.
func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day) }

// monthEnd is the last day of the month that lies n months after y-m.
func monthEnd(y int, m time.Month, n int) Date { return MakeDate(y, m+time.Month(n)+1, 0) }

// monthStart is the first day of the month that lies n months after y-m.
func monthStart(y int, m time.Month, n int) Date { return MakeDate(y, m+time.Month(n), 1) }

// Period is a duration from Start to End, both days included, or an
// instant (Start zero) at the end of the day End.
type Period struct {
	Start Date
	End   Date
}

// monthsEnding returns the period of whole months that ends with month
// end (inclusive) and lasts months months.
func monthsEnding(end Date, months int) Period {
	return Period{Start: monthStart(end.Year, end.Month, -(months - 1)), End: end}
}

// snapToMonths returns a duration that a 52- or 53-week fiscal calendar
// dates to the day ("2024-09-29 to 2025-06-28") as the whole months it
// stands for ("October 2024 to June 2025"), so that it meets the same
// period written in words; a period that lies more than a week off whole
// months is returned as it is.
func snapToMonths(p Period) Period {
	if p.IsInstant() {
		return p
	}
	days := int(p.End.time().Sub(p.Start.time()).Hours()/24) + 1
	months := int(float64(days)/30.44 + 0.5)
	if months < 1 {
		return p
	}
	end := p.End
	switch {
	case end.Day <= 7:
		end = monthEnd(end.Year, end.Month, -1)
	case end.Day >= 24:
		end = monthEnd(end.Year, end.Month, 0)
	default:
		return p
	}
	start := monthStart(end.Year, end.Month, -(months - 1))
	if off := int(start.time().Sub(p.Start.time()).Hours() / 24); off > 7 || off < -7 {
		return p
	}
	return Period{Start: start, End: end}
}

// InstantAt returns the instant at the end of day d.
func InstantAt(d Date) Period { return Period{End: d} }

// IsInstant reports whether p is a point in time.
func (p Period) IsInstant() bool { return p.Start.IsZero() }

// IsZero reports whether p is unset.
func (p Period) IsZero() bool { return p.End.IsZero() }

// Months is the length of a duration in whole months (0 for an instant or
// a duration that is not month-aligned).
func (p Period) Months() int {
	if p.IsInstant() || p.Start.Day != 1 || p.End.AddDays(1).Day != 1 {
		return 0
	}
	return (p.End.Year-p.Start.Year)*12 + int(p.End.Month-p.Start.Month) + 1
}

// Shift moves a month-aligned period by n months, keeping its length; an
// instant moves to the end of the month n months on.
func (p Period) Shift(months int) Period {
	end := monthEnd(p.End.Year, p.End.Month, months)
	if p.IsInstant() {
		if p.End.AddDays(1).Day != 1 { // not a month end: keep the day
			return InstantAt(MakeDate(p.End.Year, p.End.Month+time.Month(months), p.End.Day))
		}
		return InstantAt(end)
	}
	n := p.Months()
	if n == 0 {
		return Period{Start: MakeDate(p.Start.Year, p.Start.Month+time.Month(months), p.Start.Day), End: MakeDate(p.End.Year, p.End.Month+time.Month(months), p.End.Day)}
	}
	return monthsEnding(end, n)
}

// Contains reports whether instant or day d falls inside p.
func (p Period) Contains(d Date) bool {
	if p.IsInstant() {
		return d == p.End
	}
	return !d.Before(p.Start) && !p.End.Before(d)
}

// Calendar is a company's reporting calendar: the month its fiscal year ends.
// The zero value is a calendar year.
type Calendar struct {
	FiscalYearEnd time.Month // 0 means December
	// StartNamed names a fiscal year for the calendar year it starts in,
	// as many retailers whose year ends in January do ("fiscal 2025"
	// ends on January 31, 2026); the zero value names it for its end.
	StartNamed bool
}

func (c Calendar) fye() time.Month {
	if c.FiscalYearEnd < 1 || c.FiscalYearEnd > 12 {
		return time.December
	}
	return c.FiscalYearEnd
}

// FiscalYear returns the twelve months of fiscal year fy, named, as is usual,
// after the calendar year it ends in.
func (c Calendar) FiscalYear(fy int) Period {
	if c.StartNamed {
		fy++
	}
	return monthsEnding(monthEnd(fy, c.fye(), 0), 12)
}

// Part returns the first months months of fiscal year fy shifted by offset
// months: Part(fy, 0, 6) is H1, Part(fy, 3, 3) is Q2.
func (c Calendar) Part(fy, offset, months int) Period {
	start := c.FiscalYear(fy).Start
	s := monthStart(start.Year, start.Month, offset)
	return Period{Start: s, End: monthEnd(s.Year, s.Month, months-1)}
}

// Quarter returns quarter q (1-4) of fiscal year fy.
func (c Calendar) Quarter(fy, q int) Period { return c.Part(fy, 3*(q-1), 3) }

// Half returns half h (1-2) of fiscal year fy.
func (c Calendar) Half(fy, h int) Period { return c.Part(fy, 6*(h-1), 6) }

// NineMonths returns the first nine months of fiscal year fy.
func (c Calendar) NineMonths(fy int) Period { return c.Part(fy, 0, 9) }

// FiscalYearOf returns the fiscal year that day d falls in.
func (c Calendar) FiscalYearOf(d Date) int {
	fy := d.Year
	if d.Month > c.fye() {
		fy++
	}
	if c.StartNamed {
		fy--
	}
	return fy
}

// Kind of a period, as analysts name them.
type PeriodKind int

const (
	OtherPeriod PeriodKind = iota
	QuarterPeriod
	HalfPeriod
	NineMonthPeriod
	YearPeriod
	InstantPeriod
)

// Describe names period p in calendar c: its kind, fiscal year, and the
// quarter or half number (0 when the period is not aligned to c).
func (c Calendar) Describe(p Period) (kind PeriodKind, fy, n int) {
	if p.IsInstant() {
		return InstantPeriod, c.FiscalYearOf(p.End), 0
	}
	fy = c.FiscalYearOf(p.End)
	start := c.FiscalYear(fy).Start
	off := (p.Start.Year-start.Year)*12 + int(p.Start.Month-start.Month)
	switch m := p.Months(); {
	case m == 12 && off == 0:
		return YearPeriod, fy, 0
	case m == 9 && off == 0:
		return NineMonthPeriod, fy, 0
	case m == 6 && off%6 == 0:
		return HalfPeriod, fy, off/6 + 1
	case m == 3 && off%3 == 0:
		return QuarterPeriod, fy, off/3 + 1
	}
	return OtherPeriod, fy, 0
}

// Label names p the way analysts write it: Q2 2025, H1 2024, 9M 2025,
// FY2024, and Q1 FY2022 when the fiscal year does not end in December; an
// instant is its date.
func (c Calendar) Label(p Period) string {
	if p.IsZero() {
		return ""
	}
	kind, fy, n := c.Describe(p)
	year := fmt.Sprint(fy)
	if c.fye() != time.December {
		year = "FY" + year
	}
	switch kind {
	case InstantPeriod:
		return p.End.String()
	case YearPeriod:
		return fmt.Sprintf("FY%d", fy)
	case NineMonthPeriod:
		return "9M " + year
	case HalfPeriod:
		return fmt.Sprintf("H%d %s", n, year)
	case QuarterPeriod:
		return fmt.Sprintf("Q%d %s", n, year)
	}
	return p.Start.String() + " to " + p.End.String()
}

// SortKey orders periods for columns: by end, then shorter first.
func (p Period) SortKey() string {
	return p.End.String() + "/" + p.Start.String()
}
