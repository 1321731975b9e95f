package parse

import (
	"slices"
	"sort"
	"strings"
)

// Segments are learned per document: the text names its segments and
// business lines in a few kinds of places, and a name found in one is then
// found wherever the document writes it, in any case. The places:
//
//   - before a segment word: "the Engineering segment", "our construction
//     products group", "the wealth management business";
//   - after a segment word, listed: "our three reporting segments, Marine,
//     Industrial and Energy";
//   - opening a passage: "Turning now to Marine Systems on slide 7.",
//     "Moving on to Print.", "In corporate finance and restructuring,
//     revenues of $231.5 million", "At Marsh, revenue in the quarter was";
//   - joined to a segmentable measure: "Personal Systems revenue was",
//     "Guy Carpenter's revenue", "revenue in Italy", "sales in Composites",
//     "net sales for Marine", "revenue from the payments and lending
//     business", "employee benefit services revenues were".
//
// A name is words that are not measures, periods, modifiers or the
// company's own name; a negated name ("Non-Branded") is another segment.
// A passage stays with the segment it opens until the next opener, or a
// sentence that speaks for the whole company ("Consolidated net sales
// were …", "Acme's revenues totaled …").

// learnedSegment is a segment name read from the document.
type learnedSegment struct {
	name  string   // as first written: "Personal Systems"
	words []string // lower case, "&" kept
}

// maxLearnedSegments bounds the names learned from one document.
const maxLearnedSegments = 40

// maxScopeSentences bounds the passage an opener opens, where no other
// opener or company-wide sentence ends it first.
const maxScopeSentences = 12

// segmentWords name a part of a company; a name stands before them.
var segmentWords = map[string]bool{
	"segment": true, "segments": true, "division": true, "divisions": true, "business": true,
	"businesses": true, "unit": true, "operations": true, "franchise": true,
}

// learnSegments reads the document's segment names and adds the places
// they occur to r.hits as segment hits.
func (r *reader) learnSegments() {
	inv := segmentInventory{r: r, found: map[string]*learnedSegment{}}
	r.learnFromSegmentWords(&inv)
	r.learnFromMeasures(&inv)
	for si := range r.sents {
		// an opener's name is a segment's when the passage it opens gives
		// a segment's figures: "Turning now to Marine Systems. Net sales
		// climbed 11% to $912 million."
		if lo, hi, ok := r.openerName(si); ok && r.segmentFiguresFollow(si) && (r.toks[lo].has(fUpper) || r.writtenTwice(lo, hi) && !r.startsTalk(si, lo, hi)) {
			inv.add(lo, hi, "opener")
		}
	}
	r.learnFromContributions(&inv)
	r.learnFromLabels(&inv)
	r.learnFromTables(&inv)
	r.learnLowerBusinesses(&inv)
	if len(inv.order) > 0 {
		// beside segments known, a paragraph that opens with a name and a
		// verb of results, its figures after: "Aerospace Components had
		// another excellent quarter. Revenue grew 12% to $431 million"
		for si := range r.sents {
			if lo, hi, ok := r.peerLead(si, false); ok && r.sentAmt[si] == r.sentAmt[si+1] && r.atLineStart(lo) && r.segmentFiguresFollow(si) {
				inv.add(lo, hi, "paragraph lead")
			}
		}
	}
	inv.addAliases(r.ctx.Company)
	if len(inv.order) == 0 {
		// no segment named yet: peers that name each other, sentence after
		// sentence, are the first ("Divisional review" then "Infrastructure
		// Services delivered …", "Environmental Consulting reported …")
		for si := range r.sents {
			r.learnRunPeer(&inv, &inv, si)
		}
	}
	if len(inv.order) == 0 {
		return
	}
	r.addSegmentHits(inv)
	r.indexHits() // the peers below read each sentence's hits, the segments' among them
	// a peer set against a known segment in the same sentence: "Contract
	// Logistics contributed revenue of EUR 188.0 million, while Freight
	// Forwarding generated EUR 130.4 million"
	peers := segmentInventory{r: r, found: map[string]*learnedSegment{}}
	for si := range r.sents {
		r.learnPeers(&peers, &inv, si)
		r.learnRunPeer(&peers, &inv, si)
	}
	// a run of peers is learned one beside the next: "…; EMEA was up 8%
	// to $241 million; and Asia was up 4% at $77 million"
	for round := 0; round < maxPeerRounds && len(peers.order) > 0; round++ {
		r.addSegmentHits(peers)
		r.indexHits()
		for _, key := range peers.order {
			inv.found[key] = peers.found[key]
		}
		peers = segmentInventory{r: r, found: map[string]*learnedSegment{}}
		for si := range r.sents {
			r.learnRunPeer(&peers, &inv, si)
		}
	}
}

// maxPeerRounds bounds the passes that learn peers beside peers.
const maxPeerRounds = 3

// learnPeers reads, in a sentence that gives a known segment's figure, a
// capitalised name after "while" or "whereas" that governs a figure of
// its own: the segment's peer.
func (r *reader) learnPeers(peers, known *segmentInventory, si int) {
	s := r.sents[si]
	if !r.segmentNamedIn(si) || r.sentAmt[si] == r.sentAmt[si+1] {
		return
	}
	for k := s.lo; k+2 < s.hi; k++ {
		if w := r.low(k); w != "while" && w != "whereas" {
			continue
		}
		lo := k + 1
		for lo < s.hi && r.is(lo, wcDeterminer) {
			lo++
		}
		hi := lo
		for hi < s.hi && hi-lo < 4 && r.toks[hi].has(fUpper) && r.nameWord(hi, false) {
			hi++
		}
		verb := hi
		if verb < s.hi && r.is(verb, wcSegmentWord) {
			verb++ // "while the Services division contributed EUR 782 million"
		}
		if hi == lo || verb >= s.hi || !peerVerbs[r.low(verb)] || !r.numberWithin(verb+1, 5) {
			continue
		}
		key := strings.ToLower(r.text[r.toks[lo].start:r.toks[hi-1].end])
		if _, ok := known.found[key]; ok {
			continue
		}
		peers.add(lo, hi, "peer")
	}
}

// learnRunPeer reads a peer in a run of segments' sentences: sentence si
// gives figures, names no known segment, and opens with a proper name
// that governs them ("Foodservice delivered net sales of $318 million",
// "Finally, Ingredients & Other had sales of $0.9 million"), right after
// or before a sentence that gives a known segment's figures.
func (r *reader) learnRunPeer(peers, known *segmentInventory, si int) {
	if r.sentAmt[si] == r.sentAmt[si+1] || r.segmentNamedIn(si) {
		return
	}
	neighbour := si > 0 && r.segmentNamedIn(si-1) && r.sentAmt[si-1] < r.sentAmt[si] ||
		si+1 < len(r.sents) && r.segmentNamedIn(si+1) && r.sentAmt[si+1] < r.sentAmt[si+2]
	lo, hi, ok := r.peerLead(si, true)
	if !ok {
		return
	}
	if !neighbour {
		// two sentences in a row that each open with a name that delivers
		// a figure are peers of each other: "Infrastructure Services
		// delivered revenue of £301.2m …" then "Environmental Consulting
		// reported revenue of £223.6m …"
		_, _, before := r.peerLead(si-1, true)
		_, _, after := r.peerLead(si+1, true)
		if !before && !after {
			return
		}
	}
	key := strings.ToLower(r.text[r.toks[lo].start:r.toks[hi-1].end])
	if _, ok := known.found[key]; ok {
		return
	}
	peers.add(lo, hi, "run peer")
}

// peerLead returns the proper name sentence si opens with, when a verb of
// results and a figure follow it: "Foodservice delivered net sales of
// $318 million", "Finally, Ingredients & Other had sales of $0.9 million".
// Without figure, the verb alone follows it: "Aerospace Components had
// another excellent quarter."
func (r *reader) peerLead(si int, figure bool) (lo, hi int, ok bool) {
	if si < 0 || si >= len(r.sents) || figure && r.sentAmt[si] == r.sentAmt[si+1] || r.segmentNamedIn(si) {
		return 0, 0, false
	}
	s := r.sents[si]
	lo = s.lo
	for lo < s.hi && openerFillers[r.low(lo)] {
		lo++
	}
	hi = lo
	for hi < s.hi && hi-lo < 4 && (r.toks[hi].has(fUpper) && r.nameWord(hi, false) || r.joinsName(hi, lo, s.hi)) {
		hi++
	}
	verb := hi
	verbs := runPeerVerbs
	if s.lo > 0 && r.isPunct(s.lo-1, ';') {
		// a clause of a list the sentence before opened: "…; Specialty
		// was up 21% to $128 million; and Motive Power revenues were up
		// 12% to $386 million"
		verbs = peerVerbs
		if h := r.hitStartingAt(r.sentHits(si), verb); h != nil && r.entry(*h).kind == eConcept && hi > lo {
			verb = h.hi
		}
	}
	if hi == lo || verb >= s.hi || !verbs[r.low(verb)] || figure && !r.numberWithin(verb+1, 6) {
		return 0, 0, false
	}
	words := make([]string, 0, hi-lo)
	for k := lo; k < hi; k++ {
		if r.toks[k].kind == tWord && r.low(k) != "and" {
			words = append(words, r.tok(k))
		}
	}
	// a name's words are never written in lower case, or its first is
	// and the rest are capitalised after it: "Brightwater Foundry
	// Services" though the text speaks of "our foundry business"; or the
	// name is written capitalised twice: "Infrastructure Services" though
	// the text speaks of "frameworks in infrastructure"
	proper := r.properName(words) || len(words) >= 2 && r.properName(words[:1])
	if !proper && len(words) >= 2 {
		_, n := r.capitalised(words)
		proper = n >= 2
	}
	if r.conceptAt(lo) || !proper || r.isCompanyName(lo, hi) {
		return 0, 0, false // "Revenue grew", "Acme delivered"
	}
	return lo, hi, true
}

// atLineStart reports token k first on its line.
func (r *reader) atLineStart(k int) bool {
	return strings.Trim(r.lineBefore(k), " \t") == ""
}

// lineBefore is the text of token k's line before it.
func (r *reader) lineBefore(k int) string {
	start := int(r.toks[k].start)
	return r.text[strings.LastIndexByte(r.text[:start], '\n')+1 : start]
}

// joinsName reports "&", or "and" before a capitalised word, inside a
// name that began at lo: "Ingredients & Other", "Aerospace and Defense".
func (r *reader) joinsName(k, lo, hi int) bool {
	if k == lo {
		return false
	}
	return r.isPunct(k, '&') || r.low(k) == "and" && k+1 < hi && r.toks[k+1].has(fUpper) && r.nameWord(k+1, false) ||
		// "E-Mobility", "Hi-Tech Materials": a hyphen inside a word
		r.isPunct(k, '-') && r.attached(k) && k+1 < hi && r.attached(k+1) && r.toks[k+1].has(fUpper)
}

// segmentNamedIn reports a segment's hit in sentence si.
func (r *reader) segmentNamedIn(si int) bool {
	for _, h := range r.sentHits(si) {
		if r.entry(h).kind == eSegment {
			return true
		}
	}
	return false
}

// segmentInventory collects a document's segment names.
type segmentInventory struct {
	r     *reader
	found map[string]*learnedSegment
	order []string
}

// add takes the words of tokens [lo, hi) as a segment name when they make
// one, and reports whether they do.
func (inv *segmentInventory) add(lo, hi int, _ string) bool {
	r := inv.r
	lo, hi = r.trimName(lo, hi)
	if hi <= lo || !r.validSegmentName(lo, hi) {
		return false
	}
	inv.addWords(r.text[r.toks[lo].start:r.toks[hi-1].end], nameWords(r.text, r.toks[lo:hi]))
	return true
}

func (inv *segmentInventory) addWords(name string, words []string) {
	key := strings.Join(words, " ")
	if _, ok := inv.found[key]; ok || len(inv.order) >= maxLearnedSegments {
		return
	}
	inv.found[key] = &learnedSegment{name: displayName(name), words: words}
	inv.order = append(inv.order, key)
}

// addAliases adds the other names a known company's segments go by (see
// companySegmentAliases), and each name without the company's own name
// before it: "Halvard Marine" is "Marine" too.
func (inv *segmentInventory) addAliases(company string) {
	cw := strings.Fields(strings.ToLower(company))
	for _, key := range inv.order {
		seg := inv.found[key]
		if len(cw) > 0 && len(seg.words) > len(cw) && strings.Join(seg.words[:len(cw)], " ") == strings.Join(cw, " ") {
			short := seg.words[len(cw):]
			inv.found[strings.Join(short, " ")] = seg
		}
	}
	for _, names := range companySegmentAliases[strings.ToLower(company)] {
		var seg *learnedSegment
		for _, n := range names {
			if s, ok := inv.found[strings.ToLower(n)]; ok {
				seg = s
				break
			}
		}
		if seg == nil {
			continue
		}
		seg.name = names[0]
		for _, n := range names {
			if _, ok := inv.found[strings.ToLower(n)]; !ok {
				inv.found[strings.ToLower(n)] = seg
				inv.order = append(inv.order, strings.ToLower(n))
			}
		}
	}
}

// displayName writes a learned name with a capital first letter.
func displayName(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// segmentWordInitials holds the first letters of segmentWords and
// "group": most words are passed over without a lookup.
var segmentWordInitials = func() (t [256]bool) {
	for w := range segmentWords {
		t[w[0]] = true
	}
	t['g'] = true
	return t
}()

// learnFromSegmentWords reads the names before a segment word ("the
// Engineering segment", "our consumer group") and the names a segment
// word lists ("our three reporting segments, Marine, Industrial and
// Energy", "segments: A, B and C").
func (r *reader) learnFromSegmentWords(inv *segmentInventory) {
	for i := range r.toks {
		if t := r.toks[i]; t.kind != tWord || t.end-t.start < 4 || !segmentWordInitials[r.lower[t.start]] {
			continue // most words: no segment word, found without a lookup
		}
		w := r.low(i)
		if !r.is(i, wcSegmentWord) && w != "group" {
			continue
		}
		if i+1 < len(r.toks) && compoundHeads[r.low(i+1)] {
			continue // "retail unit demand", "franchise markets": the word modifies another
		}
		// before it: capitalised, or lower case after a determiner ("the
		// hotels segment")
		if lo := r.nameBefore(i, 4, w == "group" || w == "operations" || w == "unit" || w == "segment" || w == "division"); lo < i && (r.toks[lo].has(fUpper) || !rankWords[r.low(lo)]) {
			// not "the largest division", "our core segment": which one, not its name
			if first := r.joinedNameBefore(lo); first == lo || !singularSegmentWords[w] || !inv.add(first, i, "before segment word") {
				inv.add(lo, i, "before segment word")
			}
		}
		if w != "segments" && w != "businesses" && w != "divisions" {
			continue
		}
		// a list after it: "segments, A, B and C", "segments: A, B and C"
		k := i + 1
		if k < len(r.toks) && (r.isPunct(k, ',') || r.isPunct(k, ':')) {
			k++
		}
		if k < len(r.toks) && strings.EqualFold(r.tok(k), "namely") {
			k++
		}
		r.learnList(inv, k)
	}
}

// learnLowerBusinesses reads a line of business named in lower case
// before "business" that governs a measure's figure: "our semiconductor
// test business delivered revenue of $512 million"; not "our digital
// business grew 49%", nor "our core business",
// nor a part of a name already known ("our services business" where
// "Environmental Services" is one).
func (r *reader) learnLowerBusinesses(inv *segmentInventory) {
	for i := range r.toks {
		if r.toks[i].kind != tWord || r.low(i) != "business" || i+1 < len(r.toks) && (compoundHeads[r.low(i+1)] || r.is(i+1, wcSegmentWord)) {
			continue // "business model", "our five business segments"
		}
		lo := r.nameBefore(i, 4, true)
		if lo >= i || r.toks[lo].has(fUpper) || businessQualifiers[r.low(lo)] || !r.measureWithin(i+1, 5) || !r.numberWithin(i+1, 10) {
			continue
		}
		if inv.partOfKnown(r.lower[r.toks[lo].start:r.toks[i-1].end]) {
			continue
		}
		inv.add(lo, i, "lower-case business")
	}
}

// partOfKnown reports words that a known name holds: "services" in
// "environmental services".
func (inv *segmentInventory) partOfKnown(words string) bool {
	for _, key := range inv.order {
		if strings.Contains(" "+key+" ", " "+words+" ") {
			return true
		}
	}
	return false
}

// nameWords returns a name's words as the inventory keys them: in lower
// case, a hyphen inside a word left out ("e-commerce" is matched by its
// letters).
func nameWords(text string, toks []token) []string {
	words := make([]string, 0, len(toks))
	for k, t := range toks {
		if t.kind == tPunct && text[t.start] == '-' && k > 0 && k+1 < len(toks) && toks[k-1].end == t.start && toks[k+1].start == t.end {
			continue
		}
		words = append(words, lowerASCII(text[t.start:t.end]))
	}
	return words
}

// learnFromTables adds the segments the document's tables name, as the
// tables wrote them, so that the prose's sentences about them are theirs.
func (r *reader) learnFromTables(inv *segmentInventory) {
	keys := make([]string, len(r.tableSegments))
	for i, name := range r.tableSegments {
		keys[i] = strings.ToLower(strings.Join(strings.Fields(name), " "))
	}
	for i, name := range r.tableSegments {
		words := nameWords(name, scanTokens(name, nil))
		if len(words) == 0 || len(words) == 1 && genericNouns[words[0]] || inv.partOfKnown(strings.Join(words, " ")) {
			continue
		}
		fragment := false
		for j, other := range keys {
			// "Care" beside "Health Care": a name a page's layout cut
			fragment = fragment || j != i && other != keys[i] && strings.Contains(" "+other+" ", " "+keys[i]+" ")
		}
		if !fragment {
			inv.addWords(name, words)
		}
	}
}

// learnFromLabels reads the names that head a line and a colon before a
// measure of their own, twice or more in a document: "Medical Devices:
// sales CHF 1.21 billion (+7.9%), EBIT margin 18.2%" over "Aerospace:
// sales CHF 610 million". One such line alone may be anything's label.
func (r *reader) learnFromLabels(inv *segmentInventory) {
	type span struct{ lo, hi int }
	var labels []span
	for si := range r.sents {
		s := r.sents[si]
		if s.lo > 0 && !r.toks[s.lo].has(fNewline) {
			continue
		}
		lo := s.lo
		for lo < s.hi && r.toks[lo].kind == tPunct { // a bullet
			lo++
		}
		colon := -1
		for k := lo; k < min(s.hi, lo+6); k++ {
			if r.isPunct(k, ':') {
				colon = k
				break
			}
		}
		if colon <= lo || !r.toks[lo].has(fUpper) || !r.measureWithin(colon+1, 3) || r.nameBefore(colon, 5, false) != lo {
			continue
		}
		labels = append(labels, span{lo, colon})
	}
	if len(labels) < 2 {
		return
	}
	for _, l := range labels {
		inv.add(l.lo, l.hi, "label")
	}
}

// measureWithin reports a segment's measure ("sales", "revenue", "EBIT")
// starting among the n tokens from token k.
func (r *reader) measureWithin(k, n int) bool {
	from := sort.Search(len(r.hits), func(i int) bool { return r.hits[i].lo >= k })
	for _, h := range r.hits[from:] {
		if h.lo >= k+n {
			break
		}
		if e := r.entry(h); e.kind == eConcept && segmentConcepts[e.cue.money] {
			return true
		}
	}
	return false
}

// learnList reads "A, B and C" from token k: two names or more.
func (r *reader) learnList(inv *segmentInventory, k int) {
	type span struct{ lo, hi int }
	var items []span
	for len(items) < 8 && k < len(r.toks) {
		lo := k
		for k < len(r.toks) && r.toks[k].kind == tWord && !strings.EqualFold(r.tok(k), "and") && !r.is(k, wcNameStop) || k < len(r.toks) && r.isPunct(k, '&') {
			k++
		}
		if k == lo || k-lo > 4 {
			break
		}
		items = append(items, span{lo, k})
		if k < len(r.toks) && r.isPunct(k, ',') {
			k++
		}
		if k < len(r.toks) && strings.EqualFold(r.tok(k), "and") {
			k++
			continue
		}
		if len(items) > 0 && !r.isPunct(k-1, ',') {
			break
		}
	}
	if len(items) < 2 {
		return
	}
	for _, it := range items {
		if r.toks[it.lo].has(fUpper) {
			inv.add(it.lo, it.hi, "list")
		}
	}
}

// learnFromMeasures reads names joined to a segmentable measure:
// "Personal Systems revenue", "employee benefit services revenues were",
// "Guy Carpenter's revenue", "revenue in Italy", "net sales for Marine",
// "revenue from the wealth management business".
func (r *reader) learnFromMeasures(inv *segmentInventory) {
	for _, h := range r.hits {
		e := r.entry(h)
		if e.kind != eConcept || !segmentConcepts[e.cue.money] || e.cue.weak {
			continue
		}
		// before it: "Guy Carpenter's revenue", "Rail revenues totaled"
		k := h.lo
		if k >= 2 && r.isPunct(k-2, '\'') && strings.EqualFold(r.tok(k-1), "s") {
			k -= 2
		}
		// "Rail revenues", "Licensing and Support revenue"
		ok := func(lo int) bool {
			return lo < k && (r.startsClause(lo) || r.determinerBefore(lo)) && !r.periodWordAt(lo)
		}
		name := r.nameBefore(k, 4, true)
		if first := r.joinedNameBefore(name); (first == name || !ok(first) || !inv.add(first, k, "before measure")) && ok(name) {
			inv.add(name, k, "before measure")
		}
		// after it: "revenue in Italy", "revenue from the X business"
		if h.hi+1 >= len(r.toks) {
			continue
		}
		prep := r.low(h.hi)
		if prep != "in" && prep != "for" && prep != "from" && prep != "at" && prep != "of" {
			continue
		}
		lo := h.hi + 1
		for lo < len(r.toks) && r.is(lo, wcDeterminer) {
			lo++
		}
		hi := lo
		for hi < len(r.toks) && hi-lo < 5 && r.nameWord(hi, true) && !r.is(hi, wcSegmentWord) {
			if hi > lo && r.toks[lo].has(fUpper) && r.toks[hi].kind == tWord && !r.toks[hi].has(fUpper) && !nameJoiners[r.low(hi)] && !r.isPunct(hi-1, '-') {
				break // a capitalised name ends at a word in lower case: "net sales in Industrial Services amounted to"
			}
			hi++
		}
		if hi == lo {
			continue
		}
		last := r.low(hi - 1)
		trailing := hi < len(r.toks) && r.is(hi, wcSegmentWord)
		switch {
		case prep == "from" && !trailing && (r.toks[lo].has(fUpper) || last != "services" && last != "products" && last != "solutions"):
			// "revenue from Xiaomi": a customer; "revenue from providing …"
			continue
		case prep != "from" && prep != "of" && !trailing && !r.toks[lo].has(fUpper):
			continue // "revenue in constant currency"
		case !r.toks[lo].has(fUpper) && rankWords[r.low(lo)]:
			continue // "sales of the largest division": which one, not its name
		}
		if hi < len(r.toks) && (r.isPunct(hi, '.') || r.isPunct(hi, ',') || trailing || r.toks[hi].kind == tWord) {
			inv.add(lo, hi, "after measure")
		}
	}
}

// learnFromContributions reads the parts a total is broken into: "with
// public cloud services contributing RMB 2,421.9 million and industry
// cloud services contributing RMB 1,245.4 million".
func (r *reader) learnFromContributions(inv *segmentInventory) {
	for i := range r.toks {
		if t := r.toks[i]; t.kind != tWord || t.end-t.start < 10 {
			continue
		}
		if v, _ := contributionVerbs[r.low(i)]; !v || i+1 >= len(r.toks) || !r.numberWithin(i+1, 3) {
			continue
		}
		lo := i
		for k := i - 1; k >= 0 && i-k <= 5 && r.nameWord(k, true) && !strings.EqualFold(r.tok(k), "and"); k-- {
			lo = k
		}
		if lo < i && lo > 0 && (strings.EqualFold(r.tok(lo-1), "with") || strings.EqualFold(r.tok(lo-1), "and") || r.isPunct(lo-1, ',')) {
			inv.add(lo, i, "contribution")
		}
	}
}

// writtenTwice reports whether the document writes the words of tokens
// lo to hi, in any case, in two places or more.
func (r *reader) writtenTwice(lo, hi int) bool {
	first := r.low(lo)
	n := 0
	for off := 0; ; {
		j := strings.Index(r.lower[off:], first)
		if j < 0 {
			return false
		}
		off += j
		// the token that starts there, if one does
		i := sort.Search(len(r.toks), func(k int) bool { return int(r.toks[k].start) >= off })
		if i < len(r.toks) && int(r.toks[i].start) == off && r.sameWords(i, lo, hi-lo) {
			if n++; n == 2 {
				return true
			}
		}
		off += len(first)
	}
}

// segmentFiguresFollow reports a segmentable measure with a figure in
// sentence si or the next.
func (r *reader) segmentFiguresFollow(si int) bool {
	for k := si; k < min(si+2, len(r.sents)); k++ {
		if r.sentAmt[k] == r.sentAmt[k+1] {
			continue
		}
		for _, h := range r.sentHits(k) {
			if e := r.entry(h); e.kind == eConcept && segmentConcepts[e.cue.money] {
				return true
			}
		}
	}
	return false
}

// openerName reads a sentence that opens a passage about something:
// "Turning now to Marine Systems on slide 7.", "Let me now cover the
// Specialty Coatings business.", "In corporate finance and restructuring,
// revenues of …", "At Marsh, revenue …". It returns the tokens of what it
// opens onto, which may be no segment at all ("Turning to the balance
// sheet.").
func (r *reader) openerName(si int) (lo, hi int, ok bool) {
	if r.openers == nil {
		r.openers = make([]opener, len(r.sents))
	}
	o := &r.openers[si]
	if !o.read {
		o.lo, o.hi, o.ok = r.readOpener(si)
		o.read = true
	}
	return o.lo, o.hi, o.ok
}

// startsTalk reports an opener that says what a speaker starts with, in
// lower case and without a segment word: "Let me start with a review of
// the quarter" names no business; "Starting with our completion and
// production division" does.
func (r *reader) startsTalk(si, lo, hi int) bool {
	for k := r.sents[si].lo; k < lo; k++ {
		if startWords[r.low(k)] {
			return !r.segmentWordWithin(lo, min(r.sents[si].hi, hi+4))
		}
	}
	return false
}

// segmentWordWithin reports a segment word among tokens [lo, hi):
// "division", "business", "segment".
func (r *reader) segmentWordWithin(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if r.is(k, wcSegmentWord) {
			return true
		}
	}
	return false
}

// opener is what openerName read of a sentence.
type opener struct {
	lo, hi   int
	ok, read bool
}

// readOpener reads a sentence's opener for openerName.
func (r *reader) readOpener(si int) (lo, hi int, ok bool) {
	s := r.sents[si]
	k := s.lo
	for k < s.hi && r.is(k, wcOpenerFiller) {
		k++ // "And", "So", "Now", "Next"
	}
	for _, words := range topicIntroducers {
		if k >= s.hi || !r.is(k, wcIntroducer) {
			break // no phrase starts with this word
		}
		if k+len(words) >= s.hi || !r.wordsAt(k, words) {
			continue
		}
		lo = k + len(words)
		for lo < s.hi && r.is(lo, wcDeterminer) {
			lo++
		}
		// "our final segment, Process Tech": the name the segment word's
		// apposition gives
		q := lo
		for q < s.hi && ordinalWords[r.low(q)] {
			q++
		}
		if q > lo && q+2 < s.hi && r.is(q, wcSegmentWord) && r.isPunct(q+1, ',') && r.toks[q+2].has(fUpper) {
			lo = q + 2
		}
		hi = lo
		for hi < s.hi && hi-lo < 6 && r.nameWord(hi, true) {
			hi++
		}
		return lo, hi, hi > lo
	}
	// "Next, Climate Solutions.": a sentence of a name alone after a filler
	if k > s.lo && k < s.hi {
		hi = k
		for hi < s.hi && hi-k < 6 && r.toks[hi].has(fUpper) && r.nameWord(hi, false) {
			hi++
		}
		if hi > k && hi+1 == s.hi && (r.isPunct(hi, '.') || r.isPunct(hi, ':')) {
			return k, hi, true
		}
	}
	// "In corporate finance and restructuring, revenues of …", "At Marsh,"
	if k >= s.hi {
		return 0, 0, false
	}
	switch r.low(k) {
	case "in", "at", "within", "for":
	default:
		return 0, 0, false
	}
	lo = k + 1
	for lo < s.hi && r.is(lo, wcDeterminer) {
		lo++
	}
	hi = lo
	for hi < s.hi && hi-lo < 6 && r.nameWord(hi, true) {
		hi++
	}
	if hi == lo || hi+2 >= s.hi || !r.isPunct(hi, ',') || !r.validSegmentName(lo, hi) {
		return 0, 0, false // "In the third quarter, revenue …" opens no passage
	}
	// a measure a segment reports must follow the comma closely
	for _, h := range r.sentHits(si) {
		if h.lo > hi && h.lo <= hi+4 {
			if e := r.entry(h); e.kind == eConcept && segmentConcepts[e.cue.money] {
				return lo, hi, true
			}
		}
	}
	return 0, 0, false
}

// nameBefore returns the first token of the name that ends right before
// token i: up to max words, capitalised, or any words when lower is set
// and a determiner or the clause's start stands before them.
func (r *reader) nameBefore(i, max int, lower bool) int {
	lo := i
	for k := i - 1; k >= 0 && i-k <= max+1; k-- {
		if r.isPunct(k, '&') && lo < i {
			continue
		}
		if r.isPunct(k, '-') && r.attached(k) && r.attached(k+1) {
			continue
		}
		if !r.nameWord(k, lower) || strings.EqualFold(r.tok(k), "and") {
			break
		}
		if !r.toks[k].has(fUpper) && (!lower || r.pastVerb(k) || r.is(k, wcFuture) || revisingVerb(r.low(k)) || affirmingVerb(r.low(k))) {
			break // "the hotels segment recorded revenue of", "Kronberg expects revenue of", "Brightwave reiterates revenue of": a verb ends the name
		}
		lo = k
		if r.toks[k].has(fNewline) {
			break
		}
	}
	for lo < i && (r.isPunct(lo, '&') || r.isPunct(lo, '-')) {
		lo++
	}
	if lower && lo < i && !r.toks[lo].has(fUpper) && !r.startsClause(lo) && !r.determinerBefore(lo) {
		return i // "grew consumer revenue": no name without its determiner
	}
	return lo
}

// joinedNameBefore extends a capitalised name that starts at lo over
// "and" and the capitalised words before it, when a determiner or the
// clause's start precedes them: one segment is "our Foodservice and
// Ingredients segment". It returns lo when there is no such name.
func (r *reader) joinedNameBefore(lo int) int {
	if lo < 2 || !r.toks[lo].has(fUpper) || r.low(lo-1) != "and" {
		return lo
	}
	first := r.nameBefore(lo-1, 3, false)
	if first >= lo-1 || !r.toks[first].has(fUpper) || !r.determinerBefore(first) && !r.startsClause(first) {
		return lo
	}
	if revenueKindWords[r.low(first)] && revenueKindWords[r.low(lo)] {
		return lo // "Products and Services revenues": the company's, of two kinds
	}
	return first
}

// hyphenAfter reports a hyphen glued to token k and to the next, before
// hi: the "E" of "E-commerce fulfilment" is a word of the name.
func (r *reader) hyphenAfter(k, hi int) bool {
	return k+2 < hi && r.isPunct(k+1, '-') && r.attached(k+1) && r.attached(k+2)
}

// nameWord reports whether token k may be a word of a segment's name.
func (r *reader) nameWord(k int, lower bool) bool {
	t := r.toks[k]
	if t.kind == tPunct && (r.text[t.start] == '&' || r.text[t.start] == '-' && r.attached(k) && k+1 < len(r.toks) && r.attached(k+1)) {
		return true
	}
	if t.kind != tWord || t.has(fGlued) && !r.repeatedBrand(k) {
		return false
	}
	if r.is(k, wcNameStop) {
		return false
	}
	if r.is(k, wcDeterminer) {
		return false
	}
	return lower || t.has(fUpper)
}

// trimName drops the words at either end of a name that are no part of
// it: "the", "our", a trailing segment word.
func (r *reader) trimName(lo, hi int) (int, int) {
	for lo < hi && (r.is(lo, wcDeterminer) || r.isPunct(lo, '&') || r.isPunct(lo, '-')) {
		lo++
	}
	for hi > lo && (r.is(hi-1, wcSegmentWord) || r.isPunct(hi-1, '&') || r.isPunct(hi-1, '-') || strings.EqualFold(r.tok(hi-1), "and")) {
		hi--
	}
	return lo, hi
}

// validSegmentName reports whether tokens [lo, hi) can name a segment:
// not a measure, a period, a modifier or the company.
func (r *reader) validSegmentName(lo, hi int) bool {
	key := r.lower[r.toks[lo].start:r.toks[hi-1].end]
	if v, ok := r.validNames[key]; ok {
		return v
	}
	v := r.readValidSegmentName(lo, hi)
	if r.validNames == nil {
		r.validNames = map[string]bool{}
	}
	r.validNames[key] = v
	return v
}

// andOther reports a name of the "X & Other" form, a segment of what the
// others leave ("Ingredients & Other", "Corporate and Other"), though
// "other" alone names none.
func (r *reader) andOther(lo, hi int) bool {
	return hi-lo >= 3 && r.low(hi-1) == "other" && (r.isPunct(hi-2, '&') || r.low(hi-2) == "and") && r.toks[lo].has(fUpper)
}

// readValidSegmentName decides validSegmentName for a name not seen before.
func (r *reader) readValidSegmentName(lo, hi int) bool {
	words := 0
	all := true
	properMulti := hi-lo >= 2
	for k := lo; k < hi; k++ {
		if r.toks[k].kind == tWord && !r.toks[k].has(fUpper) {
			properMulti = false
		}
	}
	for k := lo; k < hi; k++ {
		if r.toks[k].kind != tWord {
			continue
		}
		words++
		w := r.low(k)
		if !r.is(k, wcNotSegment) {
			all = false
		}
		// a topic word names no segment ("performance", "liquidity"),
		// except inside a capitalised name ("Performance Materials")
		if r.is(k, wcPeriodName) || r.is(k, wcNotSegmentTopic) && !properMulti || len(w) == 1 && !(r.toks[k].has(fUpper) && r.hyphenAfter(k, hi)) {
			return false
		}
		if !r.toks[k].has(fUpper) && adverb(w) {
			return false // "our historically profitable segment"
		}
	}
	if words == 0 || words > 5 || all || r.is(hi-1, wcNotSegment) && !r.andOther(lo, hi) {
		return false
	}
	if hi-lo == 1 && !r.toks[lo].has(fUpper) {
		w := r.low(lo)
		if genericNouns[w] || len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly")) {
			return false // "In terms of the industry, …", "our improving revenue growth": no business line
		}
	}
	if r.isCompanyName(lo, hi) {
		return false
	}
	// hits are in text order: start at the first one at lo
	from := sort.Search(len(r.hits), func(k int) bool { return r.hits[k].lo >= lo })
	for _, h := range r.hits[from:] {
		if h.lo >= hi {
			break
		}
		if h.hi <= hi {
			switch r.entry(h).kind {
			case eConcept, ePeriod, eMonth, eContext, eBlock, eCurrency, eScale:
				return false // "operating income", "fiscal year", "the call"
			}
		}
	}
	return true
}

// adverb reports a word with an adverb's ending: "historically",
// "previously", "significantly"; not "supply" or "family".
func adverb(w string) bool {
	for _, end := range adverbEndings {
		if len(w) > len(end)+2 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

var adverbEndings = []string{"ally", "ively", "ously", "ently", "antly", "ately", "ibly", "ably", "fully", "edly"}

// isCompanyName reports whether tokens [lo, hi) name the company: its
// name or a part of it, or its initials ("AAM" for American Axle &
// Manufacturing).
func (r *reader) isCompanyName(lo, hi int) bool {
	if r.companyWords(lo, hi) {
		return true
	}
	// a name that opens the company's results ("AAM's fourth quarter
	// sales were"), or reports them and is written throughout ("Tennant
	// reported net sales"; not "Industrial Solutions reported net sales"
	// once), is the company's
	n := r.subjectOfResults(lo, hi)
	return n >= 2 || n == 1 && r.writtenOften(r.text[r.toks[lo].start:r.toks[hi-1].end])
}

// companyWords reports a name all of whose words are the company's:
// "Kingsoft", "Kingsoft Cloud", "AAM"; not "Public Cloud Services" of
// Kingsoft Cloud.
func (r *reader) companyWords(lo, hi int) bool {
	cw := strings.Fields(strings.ToLower(r.ctx.Company))
	initials := ""
	for _, w := range cw {
		initials += w[:1]
	}
	// all its words the company's: "Kingsoft", "Kingsoft Cloud", "AAM";
	// not "Public Cloud Services" of Kingsoft Cloud
	own := true
	for k := lo; k < hi && own; k++ {
		w := r.low(k)
		own = r.toks[k].kind != tWord || len(initials) >= 2 && w == initials || slices.Contains(cw, w)
	}
	return own
}

// subjectOfResults weighs the places a name is written as the one whose
// period results are given: "AAM's fourth quarter 2020 sales", "X
// reported third quarter results" (two each), "X reported net sales of"
// (one). The names so written are read once, from the whole text.
func (r *reader) subjectOfResults(lo, hi int) int {
	if r.subjects == nil {
		r.subjects = map[string]int{}
		for j := 1; j < len(r.toks); j++ {
			// a name's last word stands before: a capitalised word, or "'s"
			end := j
			if j >= 2 && r.isPunct(j-2, '\'') && strings.EqualFold(r.tok(j-1), "s") {
				end = j - 2
			}
			if end == 0 {
				continue // "'s Second Quarter": the text opens on the "'s"
			}
			if prev := r.toks[end-1]; prev.kind != tWord || !prev.has(fUpper) {
				continue
			}
			// a period's results: "AAM's fourth quarter", "Acme reported
			// third quarter results" weigh two; "Tennant reported net
			// sales of $279.1 million" one, a segment's words as often
			weight := 2
			switch {
			case r.periodWordAt(j):
			case strings.EqualFold(r.tok(j), "reported") || strings.EqualFold(r.tok(j), "reports"):
				if !r.reportsResultsAt(j + 1) {
					weight = 1
				}
			default:
				continue
			}
			for start := end - 1; start >= 0 && end-start <= 4 && r.toks[start].kind == tWord; start-- {
				r.subjects[r.lower[r.toks[start].start:r.toks[end-1].end]] += weight
			}
		}
	}
	return r.subjects[r.lower[r.toks[lo].start:r.toks[hi-1].end]]
}

// handsOver reports a sentence that hands the call to another speaker:
// "I'll now turn the call over to our CFO", "let me pass the call to Mary
// Anne", "I'll hand it back to Tom".
func (r *reader) handsOver(si int) bool {
	s := r.sents[si]
	for k := s.lo; k < s.hi; k++ {
		if !r.is(k, wcHandover) {
			continue
		}
		for q := k + 1; q < min(s.hi, k+5); q++ {
			if w := r.low(q); w == "over" || w == "back" || w == "call" && q+1 < s.hi && r.low(q+1) == "to" {
				return true
			}
		}
	}
	return false
}

// speakerTurn reports a sentence that opens a speaker's turn: a line
// that starts with a name of one to four capitalised words and a colon
// ("Alicia Grant:", "Operator:").
func (r *reader) speakerTurn(si int) bool {
	s := r.sents[si]
	if s.turn {
		return true
	}
	if s.lo > 0 && !r.toks[s.lo].has(fNewline) {
		return false
	}
	for k := s.lo; k < min(s.hi, s.lo+5); k++ {
		if r.isPunct(k, ':') {
			// not a line's label: "Revenue: $812 million", "Operating margin: 21.4%"
			return k > s.lo && k+1 < len(r.toks) && !r.toks[k+1].has(fNewline) && r.toks[k+1].kind == tWord
		}
		if r.toks[k].kind != tWord || !r.toks[k].has(fUpper) || r.conceptAt(k) {
			return false
		}
	}
	return false
}

// repeatedBrand reports a word in camel case ("SendTech", "PowerPlan")
// that the text writes twice or more: a name, not words run together by
// a lost space.
func (r *reader) repeatedBrand(k int) bool {
	t := r.toks[k]
	if t.end-t.start >= 15 {
		return false
	}
	w := r.low(k)
	if v, ok := r.brands[w]; ok {
		return v
	}
	if r.brands == nil {
		r.brands = map[string]bool{}
	}
	v := r.writtenTwice(k, k+1)
	r.brands[w] = v
	return v
}

// sameWords reports whether the n tokens at i are those at j, in any case.
func (r *reader) sameWords(i, j, n int) bool {
	for k := 0; k < n; k++ {
		if i+k >= len(r.toks) || !r.sameWord(i+k, j+k) {
			return false
		}
	}
	return true
}

// sameWord reports tokens i and j the same word in any case; the length
// test first, as most tokens differ in it.
func (r *reader) sameWord(i, j int) bool {
	a, b := r.toks[i], r.toks[j]
	return a.end-a.start == b.end-b.start && strings.EqualFold(r.text[a.start:a.end], r.text[b.start:b.end])
}

// periodWordAt reports a period word at token k: "fourth quarter", "Q3",
// "fiscal", "2021".
func (r *reader) periodWordAt(k int) bool {
	if r.toks[k].kind == tNum {
		_, ok := yearOf(r.tok(k))
		return ok
	}
	w := r.low(k)
	return r.is(k, wcPeriodName) || w == "q" && k+1 < len(r.toks) && r.toks[k+1].kind == tNum
}

// determinerBefore reports a determiner or possessive right before token k.
func (r *reader) determinerBefore(k int) bool {
	return k > 0 && r.is(k-1, wcDeterminer)
}

// addSegmentHits adds a hit wherever the document writes a learned name,
// the longest name where several start at a word; a name after "non-"
// ("Non-Branded") is another one.
func (r *reader) addSegmentHits(inv segmentInventory) {
	sort.Strings(inv.order)
	byFirst := map[string][]int{}
	var initials [256]bool             // the first letters of byFirst's keys
	index := map[*learnedSegment]int{} // into r.extra
	for _, key := range inv.order {
		seg := inv.found[key]
		if _, ok := index[seg]; !ok {
			index[seg] = len(r.extra)
			r.extra = append(r.extra, entry{kind: eSegment, text: seg.name, segment: seg.name})
		}
		words := strings.Fields(key)
		r.learned = append(r.learned, learnedSegment{name: seg.name, words: words})
		byFirst[words[0]] = append(byFirst[words[0]], len(r.learned)-1)
		initials[words[0][0]] = true
	}
	if len(byFirst) == 0 {
		return
	}
	var found []hit // in text order
	for i, t := range r.toks {
		if t.kind != tWord {
			continue
		}
		if i >= 2 && r.isPunct(i-1, '-') && strings.EqualFold(r.tok(i-2), "non") {
			continue // "Non-Branded" is not "Branded"
		}
		if !initials[r.lower[t.start]] {
			continue // a name starts with none of the names' letters: no lookup
		}
		best, bestLen := -1, 0
		first := byFirst[r.low(i)]
		for _, li := range first {
			seg := r.learned[li]
			if n := r.wordsLen(i, seg.words); n > bestLen {
				best, bestLen = li, n
			}
		}
		if best < 0 {
			continue
		}
		e := len(lex.entries) + index[inv.found[strings.Join(r.learned[best].words, " ")]]
		found = append(found, hit{entry: e, start: int(t.start), end: int(r.toks[i+bestLen-1].end), lo: i, hi: i + bestLen})
	}
	r.hits = mergeHits(r.hits, found)
}

// wordsLen returns how many tokens the words of a name take from token i
// ("&" written, or "and"; "e-commerce" with its hyphen), 0 when they are
// not there.
func (r *reader) wordsLen(i int, words []string) int {
	k := i
	for _, w := range words {
		if w == "&" {
			if k < len(r.toks) && (r.isPunct(k, '&') || strings.EqualFold(r.tok(k), "and")) {
				k++
				continue
			}
			return 0
		}
		if k < len(r.toks) && r.isPunct(k, '-') && r.attached(k) {
			k++
		}
		if k >= len(r.toks) || r.toks[k].kind != tWord || !strings.EqualFold(r.tok(k), w) {
			return 0
		}
		k++
	}
	return k - i
}

// wordsAt reports whether words start at token i, in any case.
func (r *reader) wordsAt(i int, words []string) bool {
	for k, w := range words {
		if i+k >= len(r.toks) || int(r.toks[i+k].end-r.toks[i+k].start) != len(w) || !strings.EqualFold(r.tok(i+k), w) {
			return false
		}
	}
	return true
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
	// "…, up 8%; and Digital Health revenue was": the last of a list of clauses
	return r.low(i-1) == "and" && i >= 2 && (r.isPunct(i-2, ';') || r.isPunct(i-2, ','))
}

// segmentScope is the segment a passage is about: from the sentence that
// opens it ("Turning now to Marine Systems.", "Rail revenues totaled …")
// to the next opener, or a sentence that speaks for the whole company.
type segmentScope struct {
	segment string
	sent    int
	thread  int
	opened  bool // by an opener or a topic sentence: it lasts the passage
	opener  bool // by an opener: "Turning now to Marine Systems."
	// listed marks a sentence that gave several segments' figures: the
	// next sentence is none of theirs
	listed bool
	// heading: set by a report's heading that names the segment, whose
	// section runs over paragraphs to the next heading
	heading bool
}

// segmentHeading returns the segment a heading names, alone on its line:
// "Flow Solutions", "Industrial Services:".
func (r *reader) segmentHeading(si int, hits []hit) (hit, bool) {
	if !r.isHeading(si) {
		return hit{}, false
	}
	s := r.sents[si]
	end := s.hi
	if r.isPunct(end-1, ':') || r.isPunct(end-1, '.') {
		end--
	}
	for _, h := range hits {
		if h.lo == s.lo && h.hi == end && r.entry(h).kind == eSegment {
			return h, true
		}
	}
	return hit{}, false
}

// noteScope updates the passage's segment from sentence si.
func (r *reader) noteScope(si int) {
	if r.readScope(si) && r.severalSegments(si) {
		// "Diagnostics revenue was $1.12 billion; Devices …; and Digital
		// Health revenue was $265 million": each figure its own segment's,
		// and the next sentence none of theirs
		r.scope.listed = true
	}
}

// companyMeasureLeads reports a sentence whose first measure, before its
// first figure at token first, is one only the whole company reports: a
// cash flow, a balance of cash or debt, a figure per share.
func (r *reader) companyMeasureLeads(hits []hit, first int) bool {
	for _, h := range hits {
		if h.lo >= first {
			break
		}
		e := r.entry(h)
		if e.kind != eConcept {
			continue
		}
		if e.cue.perShare != "" && e.cue.money == "" {
			return true
		}
		info, ok := LookupConcept(e.cue.money)
		return ok && info.Sheet == CashFlow && info.Name != "CapitalExpenditure" && info.Name != "Backlog"
	}
	return false
}

// severalSegments reports a sentence with figures that names two segments
// or more.
func (r *reader) severalSegments(si int) bool {
	if r.sentAmt[si] == r.sentAmt[si+1] {
		return false
	}
	first := ""
	for _, h := range r.sentHits(si) {
		if e := r.entry(h); e.kind == eSegment {
			if first != "" && e.segment != first {
				return true
			}
			first = e.segment
		}
	}
	return false
}

// readScope reads the passage's segment from sentence si, and reports
// whether the sentence's figures named the segment it set.
func (r *reader) readScope(si int) bool {
	hits := r.sentHits(si)
	amts := r.sentAmounts(si)
	first := r.sents[si].hi
	if len(amts) > 0 {
		first = amts[0].lo
	}
	if r.scope.segment != "" && r.ctx.Kind != CallTranscript && r.thread[si] != r.scope.thread && !r.scope.heading {
		r.scope = segmentScope{} // a report's paragraph ends its passage
	}
	if r.scope.segment != "" && r.speakerTurn(si) {
		r.scope = segmentScope{} // "Alicia Grant: Thanks, Tom.": another speaker, another passage
	}
	if r.scope.segment != "" && r.ctx.Kind == CallTranscript && len(amts) == 0 && r.handsOver(si) {
		r.scope = segmentScope{} // "Now I'd like to pass the call to Mary Anne": another speaker, another passage
		return false
	}
	if r.scope.segment != "" && len(amts) == 0 && r.companyResultsTopic(si, hits) {
		r.scope = segmentScope{} // "Let's take a look at an overview of our third quarter results.": the whole company's
		return false
	}
	if r.scope.segment != "" && len(amts) > 0 && r.ctx.Kind == CallTranscript && !r.segmentNamedIn(si) && r.companyMeasureLeads(hits, first) {
		// "Free cash flow for the fiscal year was $512 million." after the
		// segments: cash flows and per-share figures are the company's,
		// and so is what follows
		r.scope = segmentScope{}
	}
	if h, ok := r.segmentHeading(si, hits); ok && r.ctx.Kind != CallTranscript {
		// "Flow Solutions", a report's heading over the segment's
		// paragraphs: its passage runs to the next heading
		r.scope = segmentScope{segment: r.entry(h).segment, sent: si, thread: r.thread[si], opened: true, opener: true, heading: true}
		return false
	}
	if r.scope.heading && r.isHeading(si) {
		r.scope = segmentScope{} // the next heading ends the segment's section
	}
	if lo, hi, ok := r.openerName(si); ok {
		// "Turning now to Marine Systems." opens a passage; "In China,
		// sales increased …" speaks of its own sentence
		passage := !r.inOpener(si)
		r.scope = segmentScope{sent: si, thread: r.thread[si], opened: passage, opener: passage}
		for _, h := range hits {
			if e := r.entry(h); e.kind == eSegment && h.lo >= lo && h.lo < max(hi, lo+1) {
				r.scope.segment = e.segment
			}
		}
		return false
	}
	if r.speaksForCompany(si, hits, first) && (!r.justOpened(si) || r.consolidatedBefore(hits, first)) {
		r.scope = segmentScope{sent: si, thread: r.thread[si]}
		return false
	}
	var named []hit
	for _, h := range hits {
		if r.entry(h).kind == eSegment && h.lo <= first {
			named = append(named, h)
		}
	}
	if len(named) != 1 {
		return false // "across our Professional and Residential segments": no one segment's passage
	}
	h := named[0]
	// "The Engineering segment companies increased …", "the Specialty
	// Coatings business": named as the passage's topic; "Rail revenues
	// totaled $101 million": the subject of the sentence's figures
	topic := h.hi < len(r.toks) && r.is(h.hi, wcSegmentWord) && (r.leadsSentence(si, h.lo) || r.endsSentence(si, h.hi+1))
	// "Aerospace Components had another excellent quarter.", opening its
	// paragraph: the figures after it are the segment's
	lead := len(amts) == 0 && h.lo == r.sents[si].lo && h.hi < r.sents[si].hi && runPeerVerbs[r.low(h.hi)] && r.atLineStart(h.lo) &&
		si+1 < len(r.sents) && r.sentAmt[si+1] < r.sentAmt[si+2]
	if r.scope.heading && r.scope.segment == r.entry(h).segment {
		return true // the section's segment, named again: its section goes on
	}
	if topic || lead || len(amts) > 0 {
		r.scope = segmentScope{segment: r.entry(h).segment, sent: si, thread: r.thread[si], opened: topic || lead}
		return true
	}
	return false
}

// leadReach is how far into its sentence a name may stand and still lead
// it, as its subject after a short opening.
const leadReach = 10

// leadsSentence reports a name at token k that the sentence starts with,
// fillers, prepositions and determiners aside: "Our Specialty Coatings
// business grew", "In the Engineering segment, …"; not "a return to
// profitability by our international business", said in passing.
func (r *reader) leadsSentence(si, k int) bool {
	if k == 0 {
		return true // the text's first word
	}
	if k-r.sents[si].lo <= leadReach && !r.is(k-1, wcOpenerFiller) && r.low(k-1) != "by" && !r.clauseBetween(r.sents[si].lo, k) {
		// "Defying the market trend, revenue in the Infrastructure segment
		// rose": the subject, after a short opening phrase; not "with me
		// is Tom, who runs our Packaging business"
		return true
	}
	for q := r.sents[si].lo; q < k; q++ {
		if !r.is(q, wcOpenerFiller) && !leadWords[r.low(q)] {
			return false
		}
	}
	return true
}

// clauseBetween reports a verb or a relative pronoun between tokens lo
// and hi: the words before a name make a clause of their own.
func (r *reader) clauseBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if clauseWords[r.low(k)] || r.pastVerb(k) {
			return true
		}
	}
	return false
}

// endsSentence reports token k at the end of sentence si, its closing
// punctuation aside: "… an overview of the performance of our Exchange
// segment."
func (r *reader) endsSentence(si, k int) bool {
	hi := r.sents[si].hi
	for hi > k && r.toks[hi-1].kind == tPunct {
		hi--
	}
	return k >= hi
}

// companyResultsTopic reports a sentence that turns to the company's own
// results, naming no segment: "Let's take a look at an overview of our
// third quarter results.", "Now to our consolidated financials."
func (r *reader) companyResultsTopic(si int, hits []hit) bool {
	if r.kindIn(hits, eSegment) {
		return false
	}
	s := r.sents[si]
	for k := s.lo; k < s.hi; k++ {
		if r.low(k) != "our" {
			continue
		}
		for q := k + 1; q < min(s.hi, k+5); q++ {
			if resultsNouns[r.low(q)] {
				return true
			}
		}
	}
	return false
}

// inOpener reports an opener of the form "In China, sales increased …",
// which speaks of its own sentence only.
func (r *reader) inOpener(si int) bool {
	k := r.sents[si].lo
	for k < r.sents[si].hi && r.is(k, wcOpenerFiller) {
		k++
	}
	switch r.low(k) {
	case "in", "at", "within", "for":
		return true
	}
	return false
}

// consolidatedBefore reports "consolidated", "company-wide" or "group"
// before token at: the whole company's, even right after an opener
// (where "total" may be the segment's).
func (r *reader) consolidatedBefore(hits []hit, at int) bool {
	for _, h := range hits {
		if h.lo < at && r.entry(h).kind == eTotal && !strings.EqualFold(r.text[h.start:h.end], "total") {
			return true
		}
	}
	return false
}

// speaksForCompany reports a sentence about the whole company before its
// first figure (token first): "Consolidated net sales were", "On a total
// company basis", "Harsco's revenues totaled".
func (r *reader) speaksForCompany(si int, hits []hit, first int) bool {
	for _, h := range hits {
		if h.lo < first && r.entry(h).kind == eTotal {
			return true
		}
	}
	s := r.sents[si]
	cw := strings.Fields(r.ctx.Company)
	if len(cw) == 0 {
		return false
	}
	// the company opens the sentence, or its clause after an opening
	// phrase: "For the first half of 2025, Alpenwerk reported net sales"
	for k := s.lo; k+len(cw) <= first; k++ {
		if (k == s.lo || r.isPunct(k-1, ',')) && r.wordsAt(k, cw) {
			return true
		}
	}
	return false
}

// scopeSegment returns the passage's segment for a figure of sentence si
// at token at, unless the sentence speaks for the company before it or,
// well into a call's passage, gives an outlook (forecast).
func (r *reader) scopeSegment(si int, hits []hit, at int, forecast bool) string {
	sc := r.scope
	if sc.segment == "" || si < sc.sent || sc.listed && si > sc.sent {
		return ""
	}
	if !sc.opened && si > sc.sent {
		switch {
		case r.opensWithPeriod(si):
			// "Devices revenue was $655 million. Year-to-date, revenue
			// totaled $5.91 billion.": a sentence that sets its own period
			// sets its own subject
			return ""
		case forecast && !guidanceIn(r, r.sentHits(sc.sent)):
			// "Services revenue was $147.5 million. For Q3, we expect
			// revenue between $860 million and $875 million.": a segment
			// named in one sentence's actuals lends its name to the next
			// one's actuals, not to an outlook; its own outlook goes on
			// ("Our guidance for AeroTech is unchanged … Operating margins
			// of 10.75% to 11.25%")
			return ""
		}
	}
	if r.ctx.Kind == CallTranscript && si-sc.sent > 2 && (forecast || guidanceIn(r, hits)) {
		// "For the third quarter, we expect sales to be approximately $3.7
		// billion" well after a segment's passage opened: the company's
		// outlook, unless the sentence names the segment
		return ""
	}
	// a passage an opener opens runs to the next opener, within reason; a
	// sentence whose figures are a segment's speaks for the next one too
	reach := 1
	switch {
	case !sc.opened && r.inOpener(sc.sent):
		reach = 0
	case sc.opened && r.ctx.Kind != CallTranscript:
		reach = len(r.sents) // a report's paragraph bounds it (see noteScope)
	case sc.opened:
		reach = maxScopeSentences
	}
	if si-sc.sent > reach || !sc.opened && si > sc.sent && r.sents[si].item {
		return "" // "- Revenue from X was … - Gross profit increased …": the next item is not X's
	}
	if r.justOpened(si) && !r.consolidatedBefore(hits, at) {
		return sc.segment // "Moving on to Enterprise Cloud Services. Total revenues were …"
	}
	for _, h := range hits {
		// "consolidated sales of EUR 60.8 million" are the group's
		if h.lo < at && r.entry(h).kind == eTotal {
			return ""
		}
	}
	return sc.segment
}

// itsSegment reports a name owned by "its" right after a sentence about a
// segment: "The Building Solutions division grew net sales by 7.2%. Its
// EBITDA reached CHF 268.3 million." is the division's EBITDA, where
// "its" after the company's own sentence is the company's.
func (r *reader) itsSegment(si int, f *frame) bool {
	sc := r.scope
	if sc.segment == "" || !sc.opened || sc.sent != si-1 || f == nil {
		return false
	}
	for k := f.lo - 1; k >= max(r.sents[si].lo, f.lo-3); k-- {
		if r.low(k) == "its" {
			return true
		}
	}
	return false
}

// opensWithPeriod reports a sentence whose first words name a period:
// "Year-to-date, revenue totaled", "For the full year, sales were".
func (r *reader) opensWithPeriod(si int) bool {
	s := r.sents[si]
	for _, ref := range r.sentRefs(si) {
		if ref.lo > s.lo+2 {
			break
		}
		if !ref.isMarker() && ref.hi < s.hi && r.isPunct(ref.hi, ',') {
			return true
		}
	}
	return false
}

// justOpened reports sentence si right after an opener onto a segment.
func (r *reader) justOpened(si int) bool {
	sc := r.scope
	return sc.opener && sc.segment != "" && si == sc.sent+1
}
