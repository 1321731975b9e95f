package parse

// wordClass marks the word lists of lexicon.go a word belongs to. Each
// token's class is read once (see reader.cls), so the readers that walk
// the tokens test a bit instead of looking the word up in every list.
type wordClass uint32

const (
	wcFuture          wordClass = 1 << iota // futureMarkers
	wcSpeech                                // speechVerbs
	wcPast                                  // pastMarkers
	wcNotPast                               // notPastTense
	wcEstimate                              // estimateWords
	wcSurprise                              // surpriseWords
	wcSegmentWord                           // segmentWords
	wcHandover                              // handoverVerbs
	wcPeriodName                            // periodNameWords
	wcOpenerFiller                          // openerFillers
	wcDeterminer                            // determiners
	wcNameStop                              // nameStopWords
	wcNotSegment                            // notSegment
	wcNotSegmentTopic                       // notSegmentTopics
	wcIntroducer                            // the first word of a topicIntroducers phrase
)

// wordClasses maps a word (lower case) to the lists it is in.
var wordClasses = func() map[string]wordClass {
	lists := []struct {
		class wordClass
		words map[string]bool
	}{
		{wcFuture, futureMarkers}, {wcSpeech, speechVerbs}, {wcPast, pastMarkers}, {wcNotPast, notPastTense},
		{wcEstimate, estimateWords}, {wcSurprise, surpriseWords}, {wcSegmentWord, segmentWords},
		{wcHandover, handoverVerbs}, {wcPeriodName, periodNameWords}, {wcOpenerFiller, openerFillers},
		{wcDeterminer, determiners}, {wcNameStop, nameStopWords}, {wcNotSegment, notSegment},
		{wcNotSegmentTopic, notSegmentTopics},
	}
	m := map[string]wordClass{}
	for _, words := range topicIntroducers {
		m[words[0]] |= wcIntroducer
	}
	for _, l := range lists {
		for w, in := range l.words {
			if in {
				m[w] |= l.class
			}
		}
	}
	return m
}()

// classShapes marks the (length, first byte, last byte) of every word in
// wordClasses: most tokens of a text match no list, and this tells so
// without hashing them.
var classShapes = func() (out [17][256]uint32) {
	for w := range wordClasses {
		if n := len(w); n > 0 && n <= 16 {
			out[n][w[0]] |= 1 << (w[n-1] % 32)
		}
	}
	return out
}()

// classify reads every token's word class.
func (r *reader) classify() {
	r.cls = make([]wordClass, len(r.toks))
	for i, t := range r.toks {
		n := int(t.end - t.start)
		if n == 0 || n > 16 {
			continue
		}
		w := r.low(i)
		if classShapes[n][w[0]]&(1<<(w[n-1]%32)) == 0 {
			continue
		}
		r.cls[i] = wordClasses[w]
	}
}

// is reports token k in a list of class c.
func (r *reader) is(k int, c wordClass) bool { return r.cls[k]&c != 0 }
