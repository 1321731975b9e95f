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

// classify reads every token's word class.
func (r *reader) classify() {
	r.cls = make([]wordClass, len(r.toks))
	for i, t := range r.toks {
		if t.end-t.start <= 16 {
			r.cls[i] = wordClasses[r.low(i)]
		}
	}
}

// is reports token k in a list of class c.
func (r *reader) is(k int, c wordClass) bool { return r.cls[k]&c != 0 }
