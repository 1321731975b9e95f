package parse

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// A transcript may write a figure as it was said: "four thousand two
// hundred and fifteen crores", "one thousand two hundred eighty-four
// crore", "forty two point one five billion rupees". A run of number
// words is a figure only when a scale word ends it ("two segments", "one
// of our plants" and "three thousand employees" are none), and it keeps
// a note of how it was read, so that a person can check it.

// spokenNumber is what a number word is worth and what it may follow.
type spokenNumber struct {
	value int64
	kind  spokenKind
}

type spokenKind uint8

const (
	spNone     spokenKind = iota
	spUnit                // one to nine
	spTeen                // ten to nineteen
	spTens                // twenty to ninety
	spHundred             // "hundred"
	spThousand            // "thousand"
)

// spokenNumbers are the words a number is said in, with what each is worth.
var spokenNumbers = map[string]spokenNumber{
	"one": {1, spUnit}, "two": {2, spUnit}, "three": {3, spUnit}, "four": {4, spUnit}, "five": {5, spUnit},
	"six": {6, spUnit}, "seven": {7, spUnit}, "eight": {8, spUnit}, "nine": {9, spUnit},
	"ten": {10, spTeen}, "eleven": {11, spTeen}, "twelve": {12, spTeen}, "thirteen": {13, spTeen},
	"fourteen": {14, spTeen}, "fifteen": {15, spTeen}, "sixteen": {16, spTeen}, "seventeen": {17, spTeen},
	"eighteen": {18, spTeen}, "nineteen": {19, spTeen},
	"twenty": {20, spTens}, "thirty": {30, spTens}, "forty": {40, spTens}, "fifty": {50, spTens},
	"sixty": {60, spTens}, "seventy": {70, spTens}, "eighty": {80, spTens}, "ninety": {90, spTens},
	"hundred": {100, spHundred}, "thousand": {1000, spThousand},
}

// digitWords are the words said after "point", one digit each.
var digitWords = map[string]byte{
	"zero": '0', "oh": '0', "one": '1', "two": '2', "three": '3', "four": '4', "five": '5',
	"six": '6', "seven": '7', "eight": '8', "nine": '9',
}

// numberWordFollows says which kinds of word may come after which: "forty
// two", "two hundred and fifteen", "four thousand two hundred".
var numberWordFollows = [...][6]bool{
	spNone:     {spUnit: true, spTeen: true, spTens: true},
	spUnit:     {spHundred: true, spThousand: true},
	spTeen:     {spHundred: true, spThousand: true},
	spTens:     {spUnit: true, spThousand: true},
	spHundred:  {spUnit: true, spTeen: true, spTens: true, spThousand: true},
	spThousand: {spUnit: true, spTeen: true, spTens: true},
}

// readSpoken reads the figure whose first number word is token i.
func (r *reader) readSpoken(i, lo, hi int) (amount, bool) {
	var total, group int64
	last := spNone
	k := i
	for k < hi {
		w, ok := spokenNumbers[r.low(k)]
		if ok && numberWordFollows[last][w.kind] && !(w.kind == spThousand && total > 0) {
			switch w.kind {
			case spHundred:
				group *= 100
			case spThousand:
				total, group = (total+group)*1000, 0
			default:
				group += w.value
			}
			last = w.kind
			k++
			continue
		}
		// "two hundred and fifteen", "eighty-four"
		if k+1 < hi && last != spNone {
			next, ok := spokenNumbers[r.low(k+1)]
			if ok && (r.low(k) == "and" && (last == spHundred || last == spThousand) ||
				r.isPunct(k, '-') && r.attached(k) && r.attached(k+1) && last == spTens && next.kind == spUnit) {
				k++
				continue
			}
		}
		break
	}
	if last == spNone {
		return amount{}, false
	}
	number := strconv.FormatInt(total+group, 10)
	if r.low(k) == "point" {
		var frac []byte
		q := k + 1
		for ; q < hi; q++ {
			d, ok := digitWords[r.low(q)]
			if !ok {
				break
			}
			frac = append(frac, d)
		}
		if len(frac) > 0 {
			number += "." + string(frac)
			k = q
		}
	}
	if k >= hi || r.scaleAt(k) == 0 {
		return amount{}, false
	}
	value, err := decimal.NewFromString(number)
	if err != nil || value.Sign() == 0 {
		return amount{}, false
	}
	t := r.toks[i]
	a := amount{lo: i, hi: k, start: int(t.start), end: int(r.toks[k-1].end), kind: aBare}
	a.digits, a.places = digitsOf(number)
	a.notes = append(a.notes, "read the spoken '"+strings.Join(strings.Fields(r.text[t.start:r.toks[k-1].end]), " ")+"' as "+GroupDigits(number))
	r.readLeft(&a, i, lo)
	a = r.readRight(a, value, i, k, hi)
	// "seven million shares": a count said in words is no figure to model
	return a, a.kind != aCount
}
