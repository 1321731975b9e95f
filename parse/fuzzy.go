package parse

import (
	"sort"
	"strings"
)

// Speech recognisers mangle the words they hear less often: "total cost
// of renews" for cost of revenues, "IPC costs" for IDC costs. These rules
// match such variants loosely; what they bind is marked as a guess.

// fuzzyHeads name a concept by fixed words and a loosely matched last word.
var fuzzyHeads = []struct {
	head   []string // exact words, lower case
	prefix string   // the next word starts with this
	minLen int      // and has at least this many letters
	cue    conceptCue
}{
	{[]string{"cost", "of"}, "re", 5, conceptCue{money: "CostOfRevenue"}},
	{[]string{"costs", "of"}, "re", 5, conceptCue{money: "CostOfRevenue"}},
}

// fuzzyFirst marks the first letters of fuzzyHeads: most words start
// with none of them.
var fuzzyFirst = func() (first [256]bool) {
	for _, f := range fuzzyHeads {
		first[f.head[0][0]] = true
	}
	return first
}()

// costOfOthers begin the words that follow "cost of" in their own right:
// the cost of restructuring or of research is no cost of revenue.
var costOfOthers = []string{
	"rebrand", "recall", "recruit", "redemption", "redundanc", "refinanc", "refund", "regulat", "reinsur",
	"relocat", "remediat", "remuneration", "renewal", "renovat", "rent", "reorgani", "repair", "replac",
	"repurchas", "research", "reserve", "restat", "restor", "restructur", "retention", "retir", "return",
	"revaluation", "review", "rework", "risk",
}

func costOfOther(w string) bool {
	for _, p := range costOfOthers {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// fuzzyHits finds the loose variants in the document and returns them as
// hits on entries added to r.extra.
func (r *reader) fuzzyHits() []hit {
	var out []hit
	add := func(text string, cue conceptCue, lo, hi int) {
		cue.fuzzy = true
		r.extra = append(r.extra, entry{kind: eConcept, text: text, cue: cue})
		out = append(out, hit{entry: len(lex.entries) + len(r.extra) - 1, start: int(r.toks[lo].start), end: int(r.toks[hi-1].end), lo: lo, hi: hi})
	}
	for i := range r.toks {
		t := r.toks[i]
		if t.kind != tWord {
			continue
		}
		// "cost of renews", "cost of reuse"
		for _, f := range fuzzyHeads {
			if !fuzzyFirst[r.lower[t.start]] {
				break
			}
			if r.lower[t.start] != f.head[0][0] {
				continue
			}
			n := len(f.head)
			if i+n >= len(r.toks) {
				continue
			}
			ok := true
			for k, w := range f.head {
				if r.toks[i+k].kind != tWord || !strings.EqualFold(r.tok(i+k), w) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			last := r.low(i + n)
			if r.toks[i+n].kind == tWord && strings.HasPrefix(last, f.prefix) && len(last) >= f.minLen && !strings.HasPrefix(last, "revenue") && !costOfOther(last) {
				add(r.text[r.toks[i].start:r.toks[i+n].end], f.cue, i, i+n+1)
			}
		}
		// an acronym off by one letter before the rest of a phrase: "IPC costs"
		if !t.has(fAllCaps) || t.end-t.start < 3 {
			continue
		}
		w := r.tok(i)
		for _, ap := range acronymPhrases {
			if len(ap.acronym) != len(w) || ap.acronym == w || !oneLetterOff(ap.acronym, w) || i+len(ap.rest) >= len(r.toks) {
				continue
			}
			ok := true
			for k, rw := range ap.rest {
				if !strings.EqualFold(r.tok(i+1+k), rw) {
					ok = false
					break
				}
			}
			if ok {
				add(r.text[t.start:r.toks[i+len(ap.rest)].end], ap.cue, i, i+1+len(ap.rest))
			}
		}
	}
	return out
}

// acronymPhrase is a concept phrase that opens with an acronym.
type acronymPhrase struct {
	acronym string
	rest    []string
	cue     conceptCue
}

var acronymPhrases = func() []acronymPhrase {
	var out []acronymPhrase
	for _, c := range conceptLexicon {
		f := strings.Fields(c.text)
		if len(f) < 2 || len(f[0]) < 3 || strings.ToUpper(f[0]) != f[0] || strings.ContainsAny(f[0], "&-") {
			continue
		}
		out = append(out, acronymPhrase{f[0], f[1:], c.cue})
	}
	return out
}()

func oneLetterOff(a, b string) bool {
	diff := 0
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			diff++
		}
	}
	return diff == 1
}

// addFuzzyHits merges the loose variants into r.hits, in order.
func (r *reader) addFuzzyHits() {
	extra := r.fuzzyHits()
	if len(extra) == 0 {
		return
	}
	sort.SliceStable(extra, func(a, b int) bool { return hitBefore(extra[a], extra[b]) })
	r.hits = mergeHits(r.hits, extra)
}

func mustConcept(name string) Concept {
	c, _ := LookupConcept(name)
	return c
}
