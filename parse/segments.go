package parse

import (
	"sort"
	"strings"
)

// Segments a document names without the lexicon knowing them are learned
// from where segment names stand: "the Engineering segment", "Consulting
// revenues for the quarter", "Personal Systems revenue was", "Print
// operating profit". A learned name is then found wherever the document
// writes it, in any case ("print revenue").

// learnedSegment is a segment name read from the document.
type learnedSegment struct {
	name  string   // as first written: "Personal Systems"
	words []string // lower case
}

// maxLearnedSegments bounds the names learned from one document.
const maxLearnedSegments = 40

// learnSegments reads segment names from the whole document and adds the
// places they occur to r.hits as segment hits.
func (r *reader) learnSegments() {
	company := strings.Fields(strings.ToLower(r.ctx.Company))
	isCompany := func(w string) bool {
		for _, c := range company {
			if strings.EqualFold(w, c) {
				return true
			}
		}
		return false
	}
	found := map[string]*learnedSegment{}
	var order []string
	add := func(words []string) {
		if len(words) == 0 || len(words) > 4 {
			return
		}
		for _, w := range words {
			if isCompany(w) {
				return
			}
		}
		lw := make([]string, len(words))
		for i, w := range words {
			lw[i] = strings.ToLower(w)
		}
		key := strings.Join(lw, " ")
		if _, ok := found[key]; ok {
			return
		}
		// a name the lexicon knows already is no new segment
		for _, names := range segmentLexicon {
			for _, n := range names {
				if strings.EqualFold(n, key) {
					return
				}
			}
		}
		found[key] = &learnedSegment{name: strings.Join(words, " "), words: lw}
		order = append(order, key)
	}
	for _, h := range r.hits {
		e := r.entry(h)
		switch {
		case e.kind == eSegmentWord:
			// "the Engineering segment", "The Hydrogen & Renewable Energies segment"
			add(r.capitalsBefore(h.lo))
		case e.kind == eConcept && segmentConcepts[e.cue.money] && !e.cue.weak:
			// "Consulting revenues", "Personal Systems revenue", "Print operating profit"
			words := r.capitalsBefore(h.lo)
			if len(words) > 0 && r.startsClause(h.lo-len(words)) {
				add(words)
			}
		}
	}
	if len(found) == 0 {
		return
	}
	sort.Strings(order)
	if len(order) > maxLearnedSegments {
		order = order[:maxLearnedSegments] // a list of names, not segments
	}
	// one pass over the words: each word looks up the segments it may open
	byFirst := map[string][]int{}
	for _, key := range order {
		seg := found[key]
		r.extra = append(r.extra, entry{kind: eSegment, text: seg.name, segment: seg.name})
		r.learned = append(r.learned, *seg)
		byFirst[seg.words[0]] = append(byFirst[seg.words[0]], len(r.learned)-1)
	}
	first := len(lex.entries) + len(r.extra) - len(r.learned)
	for i, t := range r.toks {
		if t.kind != tWord {
			continue
		}
		for _, si := range byFirst[strings.ToLower(r.tok(i))] {
			seg := r.learned[si]
			if i+len(seg.words) <= len(r.toks) && r.wordsAt(i, seg.words) {
				r.hits = append(r.hits, hit{entry: first + si, start: int(t.start), end: int(r.toks[i+len(seg.words)-1].end), lo: i, hi: i + len(seg.words)})
			}
		}
	}
	sort.SliceStable(r.hits, func(a, b int) bool {
		if r.hits[a].start != r.hits[b].start {
			return r.hits[a].start < r.hits[b].start
		}
		return r.hits[a].end > r.hits[b].end
	})
}

// capitalsBefore reads the run of capitalised words (joined by "&" or
// "and") that ends right before token i.
func (r *reader) capitalsBefore(i int) []string {
	var words []string
	k := i - 1
	for k >= 0 && len(words) < 5 {
		t := r.toks[k]
		w := r.tok(k)
		if t.kind == tPunct && w == "&" && len(words) > 0 {
			words = append([]string{"&"}, words...)
			k--
			continue
		}
		if t.kind != tWord || !t.has(fUpper) || t.has(fGlued) || notSegment[strings.ToLower(w)] {
			break
		}
		words = append([]string{w}, words...)
		k--
		if t.has(fNewline) {
			break
		}
	}
	for len(words) > 0 && words[0] == "&" {
		words = words[1:]
	}
	// words only: the "&" stays in the display name but not in matching
	var out []string
	for _, w := range words {
		if w != "&" {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return words
}

// startsClause reports whether token i opens a sentence or a clause
// ("In Q4, Personal Systems revenue").
func (r *reader) startsClause(i int) bool {
	if i <= 0 {
		return true
	}
	prev := r.toks[i-1]
	if r.toks[i].has(fNewline) {
		return true
	}
	if prev.kind == tPunct {
		switch r.text[prev.start] {
		case '.', ',', ';', ':', '(', '-', '*', '"':
			return true
		}
	}
	return false
}

// wordsAt reports whether the words of a learned segment start at token
// i, in any case, with "&" written or not.
func (r *reader) wordsAt(i int, words []string) bool {
	k := i
	for _, w := range words {
		if w == "&" {
			if k < len(r.toks) && r.isPunct(k, '&') {
				k++
			} else if k < len(r.toks) && strings.EqualFold(r.tok(k), "and") {
				k++
			}
			continue
		}
		if k >= len(r.toks) || r.toks[k].kind != tWord || !strings.EqualFold(r.tok(k), w) {
			return false
		}
		k++
	}
	return true
}

// topic is the segment a paragraph is about: "The Engineering segment
// companies …" makes the next few sentences of the paragraph Engineering's.
type topic struct {
	segment    string
	para       int
	sent       int
	introduced bool // "Moving on to Enterprise Cloud Services."
}

// introducesTopic reports a segment named at i right after words that open
// a passage about it, at the start of its sentence (from token lo).
func (r *reader) introducesTopic(i, lo int) bool {
	for _, words := range topicIntroducers {
		start := i - len(words)
		if start < lo || start > lo+2 {
			continue
		}
		ok := true
		for k, w := range words {
			if !strings.EqualFold(r.tok(start+k), w) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// noteTopic updates the paragraph's topic from sentence si.
func (r *reader) noteTopic(si int) {
	hits := r.sentHits(si)
	amts := r.sentAmounts(si)
	for i, h := range hits {
		e := r.entry(h)
		if e.kind != eSegment {
			continue
		}
		// named after the sentence's last figure, the segment places what
		// came before ("charges … for a tax reserve in our International
		// segment"); the next sentence speaks of something else
		if len(amts) > 0 && h.lo > amts[len(amts)-1].hi {
			continue
		}
		// the segment is named as a topic: "the X segment", "X segment's",
		// "in public cloud space", "the X business", "Moving on to X."
		if r.introducesTopic(h.lo, r.sents[si].lo) {
			r.topic = topic{segment: e.segment, para: r.sents[si].para, sent: si, introduced: true}
			return
		}
		if h.hi < len(r.toks) {
			switch strings.ToLower(r.tok(h.hi)) {
			case "space", "business", "sector", "division":
				r.topic = topic{segment: e.segment, para: r.sents[si].para, sent: si}
				return
			}
		}
		for _, g := range hits[i+1:] {
			if g.lo > h.hi+1 {
				break
			}
			if r.entry(g).kind == eSegmentWord {
				r.topic = topic{segment: e.segment, para: r.sents[si].para, sent: si}
				return
			}
		}
	}
}

// topicSegment returns the paragraph's segment for a figure of sentence
// si, unless the sentence speaks of the whole company.
func (r *reader) topicSegment(si int, hits []hit, at int) string {
	t := r.topic
	reach := 4
	if r.ctx.Kind == CallTranscript {
		reach = 2 // a call has no paragraphs to bound a topic
	}
	if t.segment == "" || t.para != r.sents[si].para || si-t.sent > reach || si < t.sent {
		return ""
	}
	for _, h := range hits {
		// "consolidated sales of EUR 60.8 million" are the group's; right
		// after "Moving on to Enterprise Cloud Services.", "Total revenues"
		// are the segment's
		if h.lo < at && r.entry(h).kind == eTotal && !(t.introduced && si-t.sent == 1) {
			return ""
		}
	}
	return t.segment
}
