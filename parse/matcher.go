package parse

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// The matcher finds lexicon phrases in a document by their letters alone:
// "net cash from operating activities", "net-cash from operating
// activities" and "netcashfromoperatingactivitiesofRMB628.4million" all
// match the same phrase. A match must start and end on word boundaries,
// except inside a word that looks glued (see fGlued); a plural "s" or
// "es" may follow. Phrases written with capitals ("EBITDA", "R&D") match
// only text with capitals in the same places.

const maxPhrase = 64 // letters; the ring buffer below holds this many

// minGluedPhrase is the fewest letters a phrase needs to match inside a
// glued word.
const minGluedPhrase = 6

// phrase is one lexicon entry as the matcher sees it.
type phrase struct {
	letters string // lower-case letters only
	upper   uint64 // bit i set: letter i must be upper case in the text
	entry   int    // index into the lexicon's entries
	// oneWord phrases ("beat", "revenue") match inside one word only: the
	// letters of "be at" are no "beat".
	oneWord bool
}

// matcher is an Aho–Corasick automaton over the 26 letters.
type matcher struct {
	next    [][26]int32
	out     [][]int32 // phrases ending in each state, suffix links folded in
	ends    []bool    // whether out[state] is non-empty, checked per letter
	phrases []phrase
}

func squash(s string) (letters string, upper uint64, err error) {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			b = append(b, c)
		case c >= 'A' && c <= 'Z':
			if len(b) > 0 || len(s) > 1 && s[1] >= 'A' && s[1] <= 'Z' || len(s) == 1 {
				// Capitals after the first letter, and all-caps words, are
				// significant; a capital that merely starts a phrase is not.
				upper |= 1 << uint(len(b))
			}
			b = append(b, c+'a'-'A')
		}
	}
	if len(b) == 0 || len(b) > maxPhrase {
		return "", 0, fmt.Errorf("phrase %q: %d letters, want 1 to %d", s, len(b), maxPhrase)
	}
	return string(b), upper, nil
}

func newMatcher(texts []string, entries []int) *matcher {
	m := &matcher{next: make([][26]int32, 1), out: make([][]int32, 1)}
	for i, t := range texts {
		letters, upper, err := squash(t)
		if err != nil {
			panic(err) // the lexicon is data compiled into the binary
		}
		m.phrases = append(m.phrases, phrase{letters: letters, upper: upper, entry: entries[i], oneWord: !strings.ContainsAny(t, " -&'/,.")})
		s := int32(0)
		for k := 0; k < len(letters); k++ {
			c := letters[k] - 'a'
			if m.next[s][c] == 0 {
				m.next = append(m.next, [26]int32{})
				m.out = append(m.out, nil)
				m.next[s][c] = int32(len(m.next) - 1)
			}
			s = m.next[s][c]
		}
		m.out[s] = append(m.out[s], int32(i))
	}
	// Breadth-first: failure links, then full transitions and folded outputs.
	fail := make([]int32, len(m.next))
	queue := make([]int32, 0, len(m.next))
	for c := 0; c < 26; c++ {
		if s := m.next[0][c]; s != 0 {
			queue = append(queue, s)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		m.out[s] = append(m.out[s], m.out[fail[s]]...)
		for c := 0; c < 26; c++ {
			t := m.next[s][c]
			if t == 0 {
				m.next[s][c] = m.next[fail[s]][c]
				continue
			}
			fail[t] = m.next[fail[s]][c]
			queue = append(queue, t)
		}
	}
	m.ends = make([]bool, len(m.out))
	for i, o := range m.out {
		m.ends[i] = len(o) > 0
	}
	return m
}

// hit is a phrase found in the text: its entry, the normalised-text bytes
// it covers, and the tokens it touches [lo, hi).
type hit struct {
	entry      int
	start, end int
	lo, hi     int
}

// resets reports whether a punctuation character ends any phrase in
// progress. Hyphens, ampersands, apostrophes, slashes and commas do not:
// "R&D", "year-over-year", "selling, general and administrative".
func resets(c byte) bool {
	switch c {
	case '-', '&', '\'', '/', ',':
		return false
	}
	return true
}

// find runs the automaton over the words of toks and returns every
// phrase that matches on word boundaries, ordered by start.
func (m *matcher) find(text string, toks []token, hits []hit) []hit {
	var ring [maxPhrase]ringSlot
	state := int32(0)
	n := 0 // letters fed since the last reset
	first := len(hits)
	if hits == nil {
		// about one phrase in four words of a report: grown once or not at all
		hits = make([]hit, 0, len(toks)/4+16)
	}
	for ti := 0; ti < len(toks); ti++ {
		t := toks[ti]
		if t.kind != tWord {
			if t.kind == tNum || t.kind == tSym || resets(text[t.start]) {
				state, n = 0, 0
			}
			continue
		}
		for i := int(t.start); i < int(t.end); i++ {
			c := text[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			} else if c < 'a' || c > 'z' {
				state, n = 0, 0 // a letter outside ASCII: no phrase spans it
				continue
			}
			state = m.next[state][c-'a']
			ring[n%maxPhrase] = ringSlot{int32(i), int32(ti)}
			n++
			if !m.ends[state] {
				continue
			}
			for _, pi := range m.out[state] {
				p := &m.phrases[pi]
				L := len(p.letters)
				if L > n {
					continue
				}
				s := ring[(n-L)%maxPhrase]
				if p.oneWord && int(s.tok) != ti {
					continue
				}
				st := toks[s.tok]
				// inside a glued word only phrases long enough not to
				// be chance: "netcashfromoperatingactivities", not "from"
				if int32(s.off) != st.start && (!st.has(fGlued) || L < minGluedPhrase) {
					continue
				}
				end := i + 1
				if end != int(t.end) && (!t.has(fGlued) || L < minGluedPhrase) {
					rest := text[end:t.end]
					if rest != "s" && rest != "es" {
						continue
					}
					end = int(t.end)
				}
				if p.upper != 0 && !capsMatch(text, &ring, n, L, p.upper) {
					continue
				}
				hits = append(hits, hit{entry: p.entry, start: int(s.off), end: end, lo: int(s.tok), hi: ti + 1})
			}
		}
	}
	slices.SortStableFunc(hits[first:], func(a, b hit) int {
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		return cmp.Compare(b.end, a.end)
	})
	return hits
}

// ringSlot remembers where a fed letter came from.
type ringSlot struct {
	off int32 // byte offset of the letter
	tok int32 // index of its token
}

func capsMatch(text string, ring *[maxPhrase]ringSlot, n, L int, upper uint64) bool {
	for k := 0; k < L; k++ {
		if upper&(1<<uint(k)) == 0 {
			continue
		}
		c := text[ring[(n-L+k)%maxPhrase].off]
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// hitBefore orders hits by where they start, the longer first where two
// start together.
func hitBefore(x, y hit) bool {
	return x.start < y.start || x.start == y.start && x.end > y.end
}

// mergeHits merges two lists of hits in text order (see hitBefore); a's
// first where they tie.
func mergeHits(a, b []hit) []hit {
	if len(b) == 0 {
		return a
	}
	out := make([]hit, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if hitBefore(b[j], a[i]) {
			out = append(out, b[j])
			j++
		} else {
			out = append(out, a[i])
			i++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}
