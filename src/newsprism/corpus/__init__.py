"""From a corpus to stories: articles streamed into the store, de-duplicated, and grouped
into stories that `newsprism analyze --story ID` then reads and compares."""
