package parse

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// tokKind is the class of a token.
type tokKind uint8

const (
	tWord  tokKind = iota // a run of letters
	tNum                  // digits, with ',' grouping and '.' decimals inside
	tSym                  // a currency sign or '%'
	tPunct                // any other single character
)

// Token flags.
const (
	fSpace   uint8 = 1 << iota // whitespace before the token
	fNewline                   // a line break before the token
	fPara                      // a blank line (or more) before the token
	fUpper                     // word: first letter upper case
	fAllCaps                   // word: every letter upper case (2+ letters)
	fGlued                     // word: looks like several words run together
	fBadNum                    // number: two decimal points, or a stray comma
	fGrouped                   // number: has thousands separators
)

// token is a lexical unit of the normalised text. Offsets are int32 to keep
// the slice small: a document is at most a few hundred megabytes.
type token struct {
	start, end int32
	kind       tokKind
	flags      uint8
}

func (t token) has(f uint8) bool { return t.flags&f != 0 }

// scanTokens splits text into tokens, appending to toks.
func scanTokens(text string, toks []token) []token {
	var pending uint8
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			pending |= fSpace
			i++
			continue
		case c == '\n':
			if pending&fNewline != 0 {
				pending |= fPara
			}
			pending |= fSpace | fNewline
			i++
			continue
		}
		t := token{start: int32(i), flags: pending}
		pending = 0
		switch {
		case c >= '0' && c <= '9':
			i = scanNumber(text, i, &t)
		case c < utf8.RuneSelf && isAlpha(c):
			i = scanWord(text, i, &t)
		case c < utf8.RuneSelf:
			if c == '$' || c == '%' {
				t.kind = tSym
			} else {
				t.kind = tPunct
			}
			i++
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsLetter(r):
				i = scanWord(text, i, &t)
			case unicode.IsSpace(r):
				pending |= fSpace
				i += size
				continue
			case unicode.Is(unicode.Sc, r):
				t.kind = tSym
				i += size
			default:
				t.kind = tPunct
				i += size
			}
		}
		t.end = int32(i)
		toks = append(toks, t)
	}
	return toks
}

// scanNumber reads digits with thousands separators and one decimal point.
// "1,625.3", "3,667,464", "1159,500,000" (a transcriber's grouping) are one
// token each; "14.3686.0" is one token marked bad.
func scanNumber(text string, i int, t *token) int {
	t.kind = tNum
	dots := 0
	for i < len(text) {
		c := text[i]
		switch {
		case c >= '0' && c <= '9':
			i++
		case c == ',' && dots == 0 && isDigits(text, i+1, 3) && !isDigitAt(text, i+4):
			t.flags |= fGrouped
			i += 4
		case c == '.' && isDigitAt(text, i+1):
			dots++
			if dots > 1 {
				t.flags |= fBadNum
			}
			i++
		default:
			return i
		}
	}
	return i
}

func isDigitAt(s string, i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }

func isDigits(s string, i, n int) bool {
	if i+n > len(s) {
		return false
	}
	for k := i; k < i+n; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return true
}

// scanWord reads a run of letters and notes its case shape.
func scanWord(text string, i int, t *token) int {
	t.kind = tWord
	start := i
	upper, lower, letters := 0, 0, 0
	transitions := false
	prevLower := false
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if !isAlpha(c) {
				break
			}
			isUp := c <= 'Z'
			if isUp {
				upper++
				if prevLower {
					transitions = true
				}
			} else {
				lower++
			}
			prevLower = !isUp
			letters++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			break
		}
		if unicode.IsUpper(r) {
			upper++
		} else {
			lower++
		}
		letters++
		i += size
	}
	first := text[start]
	if first >= 'A' && first <= 'Z' {
		t.flags |= fUpper
	}
	if upper >= 2 && lower == 0 {
		t.flags |= fAllCaps
	}
	if letters >= 15 || transitions && letters >= 6 {
		t.flags |= fGlued
	}
	return i
}

// sentence is a run of tokens [lo, hi) read as one unit of meaning.
type sentence struct {
	lo, hi int
	para   int // paragraph number: blank lines and bullets start new ones
	// item marks a sentence that opens an item of a list written inline:
	// "…projects[24] - Gross profit increased …"
	item bool
	turn bool // the sentence opens a speaker's turn, the label cut
}

// Sentences longer than longSentence tokens end at their next comma; none
// grows past maxSentence.
const (
	longSentence = 100
	maxSentence  = 160
)

// splitSentences cuts tokens into sentences at full stops, question and
// exclamation marks, semicolons, line breaks between lines that do not run
// on, citation marks like "[154]" and bullet dashes (" - "). wrap is the
// width the text's lines are wrapped at (see wrapWidth), 0 when they are
// not: a line break that only wraps a line cuts nothing.
func splitSentences(text string, toks []token, wrap int, out []sentence) []sentence {
	para, lo, comma := 0, 0, -1
	item := false // the next sentence opens an inline list's item
	emit := func(hi int) {
		if hi > lo {
			out = append(out, sentence{lo: lo, hi: hi, para: para, item: item})
			item = false
		}
		lo, comma = hi, -1
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		// A run without full stops (a table, an unpunctuated transcript) is
		// cut into clauses, so that reading a sentence stays linear.
		if i-lo >= maxSentence {
			if comma > lo {
				emit(comma + 1)
			} else {
				emit(i)
			}
		}
		if t.kind == tPunct && text[t.start] == ',' {
			comma = i
			if i-lo >= longSentence {
				emit(i + 1)
				continue
			}
		}
		if t.has(fPara) && i > 0 {
			emit(i) // a no-op when a full stop ended the sentence already
			para++
		} else if i > lo && t.has(fNewline) && !runsOn(text, toks, i) && !wrappedAt(text, toks, i, wrap) {
			emit(i)
		}
		if t.kind != tPunct {
			continue
		}
		c := text[t.start]
		switch c {
		case '.', '!', '?':
			if c == '.' && i > 0 && toks[i-1].kind == tWord && toks[i-1].end == t.start && abbreviations[lowerASCII(text[toks[i-1].start:toks[i-1].end])] {
				continue
			}
			if i+1 < len(toks) && !startsSentence(text, toks, i+1) {
				continue
			}
			emit(i + 1)
		case ';':
			emit(i + 1)
		case ']':
			// a citation: "…thousand[90] - Public cloud…" or "…[154]−Basic…";
			// not a footnote's mark inside a sentence ("EBITDA [7] was")
			if i >= 2 && toks[i-1].kind == tNum && text[toks[i-2].start] == '[' && !(i+1 < len(toks) && toks[i+1].kind == tWord && !toks[i+1].has(fUpper)) {
				emit(i + 1)
			}
		case '-':
			// " - " is a bullet or a dash, except between figures: "7.5 - 8.5%"
			if t.has(fSpace) && i+1 < len(toks) && toks[i+1].has(fSpace) && !(i > 0 && figureEnd(text, toks[i-1]) && figureStart(text, toks[i+1])) {
				emit(i)
				lo = i + 1
				item = toks[i+1].kind == tWord && toks[i+1].has(fUpper)
			}
		}
	}
	emit(len(toks))
	return out
}

// wrapWidth returns the width a text is wrapped at, as wire services and
// e-mail send releases ("… an order\nbook of £1.27bn."), or 0: most of
// its long lines of prose end within a few characters of one width.
func wrapWidth(text string) int {
	var lens []int
	for rest := text; rest != ""; {
		line := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		line = strings.TrimRight(line, " \r")
		if n := utf8.RuneCountInString(line); n >= 40 && n <= 100 && !strings.Contains(strings.TrimSpace(line), "  ") {
			lens = append(lens, n)
		}
	}
	if len(lens) < 10 {
		return 0
	}
	slices.Sort(lens)
	w := lens[len(lens)*9/10]
	near := 0
	for _, n := range lens {
		if n >= w-12 {
			near++
		}
	}
	if near*10 < len(lens)*6 {
		return 0
	}
	return w
}

// wrappedAt reports a line break before toks[i] that only wraps a line
// of a text wrapped at width wrap: the line before runs near the width
// and ends with no stop, and the next opens no item or row.
func wrappedAt(text string, toks []token, i, wrap int) bool {
	if wrap == 0 {
		return false
	}
	end := int(toks[i-1].end)
	start := strings.LastIndexByte(text[:end], '\n') + 1
	line := text[start:end]
	if utf8.RuneCountInString(line) < wrap-15 || strings.Contains(strings.TrimSpace(line), "  ") || strings.ContainsAny(line[len(line)-1:], ".:;?!") {
		return false
	}
	next := text[toks[i].start:]
	if j := strings.IndexByte(next, '\n'); j >= 0 {
		next = next[:j]
	}
	return !strings.Contains(next, "  ") && !opensBullet(next)
}

// opensBullet reports a line's text that opens with a list's bullet: "-
// Net sales increased by 3%", "• Revenue: EUR 1.4bn".
func opensBullet(line string) bool {
	for _, b := range []string{"- ", "• ", "* ", "– ", "· "} {
		if strings.HasPrefix(line, b) {
			return true
		}
	}
	return false
}

// runsOn reports whether the line break before toks[i] falls inside a
// sentence: the line before ends with a word or comma and the next starts
// in lower case.
func runsOn(text string, toks []token, i int) bool {
	prev, next := toks[i-1], toks[i]
	if next.kind == tNum {
		// "compared to $131.2 million in Q3\n  2024;": a year wrapped onto
		// the next line after a period's name
		if _, year := yearOf(text[next.start:next.end]); !year {
			return false
		}
		return prev.kind == tWord || prev.kind == tNum && i >= 2 && toks[i-2].kind == tWord && toks[i-2].end == prev.start
	}
	if next.kind != tWord || next.has(fUpper) {
		return false
	}
	return prev.kind == tWord || prev.kind == tNum || text[prev.start] == ','
}

// startsSentence reports whether the token after a full stop can begin a
// new sentence: a capital, a digit, a currency, a quote or bracket, a dash.
// speakerPrefix returns the colon of a speaker's label that opens the
// line at token lo ("Priya Raman: Revenue was …", "Operator: Welcome"),
// or -1: one to four capitalised words, initials or a dash among them,
// then a colon with speech after it on the same line.
func speakerPrefix(text string, toks []token, lo int) int {
	if lo > 0 && !toks[lo].has(fNewline) || toks[lo].kind != tWord || !toks[lo].has(fUpper) {
		return -1
	}
	words := 0
	for k := lo; k < len(toks) && k < lo+8; k++ {
		t := toks[k]
		if k > lo && t.has(fNewline) {
			return -1
		}
		switch {
		case t.kind == tWord && t.has(fUpper):
			if words++; words > 4 {
				return -1
			}
		case t.kind == tPunct && (text[t.start] == '.' || text[t.start] == '-'):
		case t.kind == tPunct && text[t.start] == ':':
			if k+1 < len(toks) && !toks[k+1].has(fNewline) && toks[k+1].kind == tWord {
				return k
			}
			return -1
		default:
			return -1
		}
	}
	return -1
}

// splitSpeakerTurns cuts a speaker's label from the speech it opens, so
// that the speech's first words open its sentence ("Priya Raman: Turning
// to Analog & Mixed Signal on slide 7."); the label belongs to no
// sentence, and the sentence is marked as a turn. A label is a speaker's when it
// opens a line with no figure on it too ("Priya Raman: Thank you,
// Marcus."): a label of figures ("Americas: revenue $812 million") stays.
func splitSpeakerTurns(text string, toks []token, sents []sentence) []sentence {
	speakers, turns := map[string]bool{}, map[string]int{}
	colons := map[int]int{} // a labelled line's first token → its label's colon
	operator := false
	for i := range toks {
		if !toks[i].has(fNewline) && i > 0 {
			continue
		}
		colon := speakerPrefix(text, toks, i)
		if colon < 0 {
			continue
		}
		colons[i] = colon
		label := lowerASCII(text[toks[i].start:toks[colon].start])
		turns[label]++
		operator = operator || label == "operator"
		figure := false
		for k := colon + 1; k < len(toks) && !toks[k].has(fNewline); k++ {
			if toks[k].kind == tNum {
				figure = true
				break
			}
		}
		if !figure {
			speakers[label] = true
		}
	}
	// where the operator speaks, or a label opens three lines, the labels
	// are speakers' though each of their lines gives figures
	for label, n := range turns {
		if operator || n >= 3 {
			speakers[label] = true
		}
	}
	if len(speakers) == 0 {
		return sents
	}
	out := make([]sentence, 0, len(sents)+len(sents)/4)
	for _, s := range sents {
		if colon, ok := colons[s.lo]; ok && colon+1 < s.hi && speakers[lowerASCII(text[toks[s.lo].start:toks[colon].start])] {
			out = append(out, sentence{lo: colon + 1, hi: s.hi, para: s.para, item: s.item, turn: true})
			continue
		}
		out = append(out, s)
	}
	return out
}

func startsSentence(text string, toks []token, i int) bool {
	t := toks[i]
	if t.kind == tWord {
		return t.has(fUpper)
	}
	if t.kind == tNum {
		return t.has(fSpace) // "2.35" never splits; ". 2023 was" does
	}
	return true
}

// lowerASCII lower-cases the ASCII letters of s only: other letters may
// change their length in lower case, and offsets would then miss.
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, len(s))
	copy(b, s[:i])
	for ; i < len(s); i++ {
		b[i] = lowerTable[s[i]]
	}
	return unsafe.String(&b[0], len(b)) // b is never written again
}

// lowerTable maps each byte to itself, A-Z to a-z.
var lowerTable = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
		if i >= 'A' && i <= 'Z' {
			t[i] += 'a' - 'A'
		}
	}
	return t
}()

// figureEnd reports a token that can end a figure: a number, "%", a scale.
func figureEnd(text string, t token) bool {
	switch t.kind {
	case tNum:
		return true
	case tSym:
		return text[t.start] == '%'
	case tWord:
		_, ok := scaleWords[text[t.start:t.end]]
		return ok
	}
	return false
}

// figureStart reports a token that can start a figure: a number, a
// currency sign or code ("EUR 2.1 - EUR 2.4 billion").
func figureStart(text string, t token) bool {
	if t.kind == tWord {
		_, ok := currencyCodes[text[t.start:t.end]]
		return ok
	}
	return t.kind == tNum || t.kind == tSym
}
