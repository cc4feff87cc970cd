import { wordSet } from './words.js';

// Pronouns, auxiliaries and adverbs that attribution rules step over or resolve.

/** Words allowed between a subject and its verb ("Lavrov also said", "he had earlier told"). */
export const BETWEEN = wordSet(`
also
has
had
have
was
is
were
are
would
could
will
can
may
might
should
later
then
again
once
previously
reportedly
recently
further
simply
just
earlier
first
separately
subsequently
repeatedly
publicly
privately
already
only
himself
herself
itself
themselves
never
not
too
frequently
often
`);

/** Phrases that stand between a subject and its verb as one adverb ("Hill in turn told", "she in fact said"). */
export const BETWEEN_PHRASES = wordSet(`
in turn
in fact
in person
in private
in public
at first
at times
once again
`);

/** Nouns in -ly, which are never adverbs standing between a subject and its verb. */
export const LY_NOUNS = wordSet(`
ally
rally
family
assembly
supply
reply
italy
anomaly
monopoly
melee
homily
`);

/** Words that may stand between a verb and the speaker after it ("said his daughter Linda Wu"). */
export const BEFORE_NAME = wordSet(`
the
his
her
their
its
a
an
former
senior
`);

/** Words that open no reported clause after a verb of saying: prepositions, conjunctions, relative pronouns, times. */
export const NOT_CLAUSE_OPENERS = wordSet(`
in
at
on
during
after
before
with
to
for
by
from
about
of
as
via
since
ever
and
but
or
which
who
whom
whose
yesterday
today
tonight
`);

/** Singular personal pronouns, which refer to one person. */
export const PRONOUNS = wordSet(`
he
she
`);

/** Other subject pronouns, which name no one person. */
export const PLURAL_PRONOUNS = wordSet(`
they
we
i
you
it
`);
