package parse

import "strings"

// Continental notation writes a decimal comma and groups thousands with
// dots: "EUR 187,4 million", "1.052,3", a table "in TEUR" of "187.412".
// A document written so is read through a copy of its text with the two
// marks swapped inside numbers, which keeps every byte where it was: the
// figures read as "187.4" and "1,052.3", and their spans stay the
// document's.

// continentalNotation reports a text whose numbers are written with a
// decimal comma: two at least that no other notation explains ("187,4",
// "-0,41", "1.052,3"), and more of them than decimal points ("3.9").
func continentalNotation(text string) bool {
	continental, english := 0, 0
	eachNumberRun(text, func(run string) {
		switch {
		case decimalCommaRun(run):
			continental++
		case decimalPointRun(run):
			english++
		}
	})
	return continental >= 2 && continental > english
}

// swapNumberMarks returns text with '.' and ',' swapped inside each
// number written in continental notation; a date ("30.06.2025") or any
// other run of digits and marks is left as it is.
func swapNumberMarks(text string) string {
	b := []byte(text)
	at := 0
	eachNumberRun(text, func(run string) {
		i := at + strings.Index(text[at:], run)
		at = i + len(run)
		if !continentalRun(run) {
			return
		}
		for k := i; k < at; k++ {
			switch b[k] {
			case '.':
				b[k] = ','
			case ',':
				b[k] = '.'
			}
		}
	})
	return string(b)
}

// eachNumberRun calls f with each run of digits, dots and commas that
// starts and ends with a digit and stands apart from letters and digits
// around it.
func eachNumberRun(text string, f func(string)) {
	for i := 0; i < len(text); {
		if !isDigitAt(text, i) || i > 0 && (isDigitAt(text, i-1) || isAlpha(text[i-1])) {
			i++
			continue
		}
		j := i
		for j < len(text) && (isDigitAt(text, j) || (text[j] == '.' || text[j] == ',') && isDigitAt(text, j+1)) {
			j++
		}
		if j >= len(text) || !isAlpha(text[j]) {
			f(text[i:j])
		}
		i = j
	}
}

// decimalCommaRun reports a number only continental notation writes: a
// comma before one or two digits ("187,4", "0,41"), or dots grouping
// thousands before a decimal comma ("1.052,3").
func decimalCommaRun(run string) bool {
	whole, frac, ok := strings.Cut(run, ",")
	if !ok || strings.Contains(frac, ",") || strings.Contains(frac, ".") || frac == "" {
		return false
	}
	return len(frac) <= 2 && !strings.Contains(whole, ".") || dotGrouped(whole) && strings.Contains(whole, ".")
}

// decimalPointRun reports a number with a decimal point before one or two
// digits ("3.9", "1,234.56"), which continental notation never writes.
func decimalPointRun(run string) bool {
	k := strings.LastIndexByte(run, '.')
	if k < 0 || strings.Count(run, ".") > 1 || len(run)-k-1 > 2 {
		return false
	}
	return !strings.Contains(run[k:], ",")
}

// continentalRun reports a number in continental notation: "187,4",
// "1.052,3", "187.412", "3,667".
func continentalRun(run string) bool {
	whole, frac, hasComma := strings.Cut(run, ",")
	if hasComma && (frac == "" || strings.ContainsAny(frac, ".,")) {
		return false
	}
	return strings.Contains(whole, ".") && dotGrouped(whole) || hasComma && !strings.Contains(whole, ".")
}

// dotGrouped reports digits grouped by dots in threes: "1.052", "187.412".
func dotGrouped(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts[0]) == 0 || len(parts[0]) > 3 {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}

// groupApostrophes returns text with the apostrophes Swiss notation
// groups thousands with ("CHF 1'412.6 million", "1'087'300") made commas,
// byte for byte in place; an apostrophe elsewhere stays.
func groupApostrophes(text string) string {
	if strings.IndexByte(text, '\'') < 0 {
		return text
	}
	var b []byte
	for i := 1; i+3 < len(text); i++ {
		if text[i] == '\'' && isDigitAt(text, i-1) && isDigits(text, i+1, 3) && !isDigitAt(text, i+4) {
			if b == nil {
				b = []byte(text)
			}
			b[i] = ','
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}
