package dev.sqlcheck.processor.dialect.postgres.parse;

/**
 * PostgreSQL's key words for versions 14 to 18, as listed in {@code kwlist.h} of each
 * release:
 * for every word its category per version and whether it may be a column label without {@code
 * AS}. Generated from the keyword lists of PostgreSQL 14.6, 15.18 (equal to {@code
 * pg_get_keywords()} of 15.20), 16.1, 17rc1 and 18.6; do not edit by hand.
 *
 * <p>Each constant is the word's index in {@link #WORDS} (ASCII order). {@link #CATEGORIES} holds, per
 * word, five category letters for PostgreSQL 14, 15, 16, 17 and 18 ({@code U} unreserved, {@code C}
 * col_name, {@code T} type_func_name, {@code R} reserved, {@code -} not a key word in that
 * version) and {@code b} (bare label allowed) or {@code a} (label needs AS).
 */
final class PgKeywords {
  private PgKeywords() {}

  static final int ABORT = 0, ABSENT = 1, ABSOLUTE = 2, ACCESS = 3, ACTION = 4, ADD = 5, ADMIN = 6,
      AFTER = 7, AGGREGATE = 8, ALL = 9, ALSO = 10, ALTER = 11, ALWAYS = 12, ANALYSE = 13,
      ANALYZE = 14, AND = 15, ANY = 16, ARRAY = 17, AS = 18, ASC = 19, ASENSITIVE = 20,
      ASSERTION = 21, ASSIGNMENT = 22, ASYMMETRIC = 23, AT = 24, ATOMIC = 25, ATTACH = 26,
      ATTRIBUTE = 27, AUTHORIZATION = 28, BACKWARD = 29, BEFORE = 30, BEGIN = 31, BETWEEN = 32,
      BIGINT = 33, BINARY = 34, BIT = 35, BOOLEAN = 36, BOTH = 37, BREADTH = 38, BY = 39,
      CACHE = 40, CALL = 41, CALLED = 42, CASCADE = 43, CASCADED = 44, CASE = 45, CAST = 46,
      CATALOG = 47, CHAIN = 48, CHAR = 49, CHARACTER = 50, CHARACTERISTICS = 51, CHECK = 52,
      CHECKPOINT = 53, CLASS = 54, CLOSE = 55, CLUSTER = 56, COALESCE = 57, COLLATE = 58,
      COLLATION = 59, COLUMN = 60, COLUMNS = 61, COMMENT = 62, COMMENTS = 63, COMMIT = 64,
      COMMITTED = 65, COMPRESSION = 66, CONCURRENTLY = 67, CONDITIONAL = 68, CONFIGURATION = 69,
      CONFLICT = 70, CONNECTION = 71, CONSTRAINT = 72, CONSTRAINTS = 73, CONTENT = 74,
      CONTINUE = 75, CONVERSION = 76, COPY = 77, COST = 78, CREATE = 79, CROSS = 80, CSV = 81,
      CUBE = 82, CURRENT = 83, CURRENT_CATALOG = 84, CURRENT_DATE = 85, CURRENT_ROLE = 86,
      CURRENT_SCHEMA = 87, CURRENT_TIME = 88, CURRENT_TIMESTAMP = 89, CURRENT_USER = 90,
      CURSOR = 91, CYCLE = 92, DATA = 93, DATABASE = 94, DAY = 95, DEALLOCATE = 96, DEC = 97,
      DECIMAL = 98, DECLARE = 99, DEFAULT = 100, DEFAULTS = 101, DEFERRABLE = 102, DEFERRED = 103,
      DEFINER = 104, DELETE = 105, DELIMITER = 106, DELIMITERS = 107, DEPENDS = 108, DEPTH = 109,
      DESC = 110, DETACH = 111, DICTIONARY = 112, DISABLE = 113, DISCARD = 114, DISTINCT = 115,
      DO = 116, DOCUMENT = 117, DOMAIN = 118, DOUBLE = 119, DROP = 120, EACH = 121, ELSE = 122,
      EMPTY = 123, ENABLE = 124, ENCODING = 125, ENCRYPTED = 126, END = 127, ENFORCED = 128,
      ENUM = 129, ERROR = 130, ESCAPE = 131, EVENT = 132, EXCEPT = 133, EXCLUDE = 134,
      EXCLUDING = 135, EXCLUSIVE = 136, EXECUTE = 137, EXISTS = 138, EXPLAIN = 139,
      EXPRESSION = 140, EXTENSION = 141, EXTERNAL = 142, EXTRACT = 143, FALSE = 144, FAMILY = 145,
      FETCH = 146, FILTER = 147, FINALIZE = 148, FIRST = 149, FLOAT = 150, FOLLOWING = 151,
      FOR = 152, FORCE = 153, FOREIGN = 154, FORMAT = 155, FORWARD = 156, FREEZE = 157, FROM = 158,
      FULL = 159, FUNCTION = 160, FUNCTIONS = 161, GENERATED = 162, GLOBAL = 163, GRANT = 164,
      GRANTED = 165, GREATEST = 166, GROUP = 167, GROUPING = 168, GROUPS = 169, HANDLER = 170,
      HAVING = 171, HEADER = 172, HOLD = 173, HOUR = 174, IDENTITY = 175, IF = 176, ILIKE = 177,
      IMMEDIATE = 178, IMMUTABLE = 179, IMPLICIT = 180, IMPORT = 181, IN = 182, INCLUDE = 183,
      INCLUDING = 184, INCREMENT = 185, INDENT = 186, INDEX = 187, INDEXES = 188, INHERIT = 189,
      INHERITS = 190, INITIALLY = 191, INLINE = 192, INNER = 193, INOUT = 194, INPUT = 195,
      INSENSITIVE = 196, INSERT = 197, INSTEAD = 198, INT = 199, INTEGER = 200, INTERSECT = 201,
      INTERVAL = 202, INTO = 203, INVOKER = 204, IS = 205, ISNULL = 206, ISOLATION = 207,
      JOIN = 208, JSON = 209, JSON_ARRAY = 210, JSON_ARRAYAGG = 211, JSON_EXISTS = 212,
      JSON_OBJECT = 213, JSON_OBJECTAGG = 214, JSON_QUERY = 215, JSON_SCALAR = 216,
      JSON_SERIALIZE = 217, JSON_TABLE = 218, JSON_VALUE = 219, KEEP = 220, KEY = 221, KEYS = 222,
      LABEL = 223, LANGUAGE = 224, LARGE = 225, LAST = 226, LATERAL = 227, LEADING = 228,
      LEAKPROOF = 229, LEAST = 230, LEFT = 231, LEVEL = 232, LIKE = 233, LIMIT = 234, LISTEN = 235,
      LOAD = 236, LOCAL = 237, LOCALTIME = 238, LOCALTIMESTAMP = 239, LOCATION = 240, LOCK = 241,
      LOCKED = 242, LOGGED = 243, MAPPING = 244, MATCH = 245, MATCHED = 246, MATERIALIZED = 247,
      MAXVALUE = 248, MERGE = 249, MERGE_ACTION = 250, METHOD = 251, MINUTE = 252, MINVALUE = 253,
      MODE = 254, MONTH = 255, MOVE = 256, NAME = 257, NAMES = 258, NATIONAL = 259, NATURAL = 260,
      NCHAR = 261, NESTED = 262, NEW = 263, NEXT = 264, NFC = 265, NFD = 266, NFKC = 267,
      NFKD = 268, NO = 269, NONE = 270, NORMALIZE = 271, NORMALIZED = 272, NOT = 273,
      NOTHING = 274, NOTIFY = 275, NOTNULL = 276, NOWAIT = 277, NULL = 278, NULLIF = 279,
      NULLS = 280, NUMERIC = 281, OBJECT = 282, OBJECTS = 283, OF = 284, OFF = 285, OFFSET = 286,
      OIDS = 287, OLD = 288, OMIT = 289, ON = 290, ONLY = 291, OPERATOR = 292, OPTION = 293,
      OPTIONS = 294, OR = 295, ORDER = 296, ORDINALITY = 297, OTHERS = 298, OUT = 299, OUTER = 300,
      OVER = 301, OVERLAPS = 302, OVERLAY = 303, OVERRIDING = 304, OWNED = 305, OWNER = 306,
      PARALLEL = 307, PARAMETER = 308, PARSER = 309, PARTIAL = 310, PARTITION = 311, PASSING = 312,
      PASSWORD = 313, PATH = 314, PERIOD = 315, PLACING = 316, PLAN = 317, PLANS = 318,
      POLICY = 319, POSITION = 320, PRECEDING = 321, PRECISION = 322, PREPARE = 323,
      PREPARED = 324, PRESERVE = 325, PRIMARY = 326, PRIOR = 327, PRIVILEGES = 328,
      PROCEDURAL = 329, PROCEDURE = 330, PROCEDURES = 331, PROGRAM = 332, PUBLICATION = 333,
      QUOTE = 334, QUOTES = 335, RANGE = 336, READ = 337, REAL = 338, REASSIGN = 339,
      RECHECK = 340, RECURSIVE = 341, REF = 342, REFERENCES = 343, REFERENCING = 344,
      REFRESH = 345, REINDEX = 346, RELATIVE = 347, RELEASE = 348, RENAME = 349, REPEATABLE = 350,
      REPLACE = 351, REPLICA = 352, RESET = 353, RESTART = 354, RESTRICT = 355, RETURN = 356,
      RETURNING = 357, RETURNS = 358, REVOKE = 359, RIGHT = 360, ROLE = 361, ROLLBACK = 362,
      ROLLUP = 363, ROUTINE = 364, ROUTINES = 365, ROW = 366, ROWS = 367, RULE = 368,
      SAVEPOINT = 369, SCALAR = 370, SCHEMA = 371, SCHEMAS = 372, SCROLL = 373, SEARCH = 374,
      SECOND = 375, SECURITY = 376, SELECT = 377, SEQUENCE = 378, SEQUENCES = 379,
      SERIALIZABLE = 380, SERVER = 381, SESSION = 382, SESSION_USER = 383, SET = 384, SETOF = 385,
      SETS = 386, SHARE = 387, SHOW = 388, SIMILAR = 389, SIMPLE = 390, SKIP = 391, SMALLINT = 392,
      SNAPSHOT = 393, SOME = 394, SOURCE = 395, SQL = 396, STABLE = 397, STANDALONE = 398,
      START = 399, STATEMENT = 400, STATISTICS = 401, STDIN = 402, STDOUT = 403, STORAGE = 404,
      STORED = 405, STRICT = 406, STRING = 407, STRIP = 408, SUBSCRIPTION = 409, SUBSTRING = 410,
      SUPPORT = 411, SYMMETRIC = 412, SYSID = 413, SYSTEM = 414, SYSTEM_USER = 415, TABLE = 416,
      TABLES = 417, TABLESAMPLE = 418, TABLESPACE = 419, TARGET = 420, TEMP = 421, TEMPLATE = 422,
      TEMPORARY = 423, TEXT = 424, THEN = 425, TIES = 426, TIME = 427, TIMESTAMP = 428, TO = 429,
      TRAILING = 430, TRANSACTION = 431, TRANSFORM = 432, TREAT = 433, TRIGGER = 434, TRIM = 435,
      TRUE = 436, TRUNCATE = 437, TRUSTED = 438, TYPE = 439, TYPES = 440, UESCAPE = 441,
      UNBOUNDED = 442, UNCOMMITTED = 443, UNCONDITIONAL = 444, UNENCRYPTED = 445, UNION = 446,
      UNIQUE = 447, UNKNOWN = 448, UNLISTEN = 449, UNLOGGED = 450, UNTIL = 451, UPDATE = 452,
      USER = 453, USING = 454, VACUUM = 455, VALID = 456, VALIDATE = 457, VALIDATOR = 458,
      VALUE = 459, VALUES = 460, VARCHAR = 461, VARIADIC = 462, VARYING = 463, VERBOSE = 464,
      VERSION = 465, VIEW = 466, VIEWS = 467, VIRTUAL = 468, VOLATILE = 469, WHEN = 470,
      WHERE = 471, WHITESPACE = 472, WINDOW = 473, WITH = 474, WITHIN = 475, WITHOUT = 476,
      WORK = 477, WRAPPER = 478, WRITE = 479, XML = 480, XMLATTRIBUTES = 481, XMLCONCAT = 482,
      XMLELEMENT = 483, XMLEXISTS = 484, XMLFOREST = 485, XMLNAMESPACES = 486, XMLPARSE = 487,
      XMLPI = 488, XMLROOT = 489, XMLSERIALIZE = 490, XMLTABLE = 491, YEAR = 492, YES = 493,
      ZONE = 494;

  /** The key words in ASCII order, lower case. */
  static final String[] WORDS = {
    "abort", "absent", "absolute", "access", "action", "add", "admin", "after", "aggregate", "all",
    "also", "alter", "always", "analyse", "analyze", "and", "any", "array", "as", "asc",
    "asensitive", "assertion", "assignment", "asymmetric", "at", "atomic", "attach", "attribute",
    "authorization", "backward", "before", "begin", "between", "bigint", "binary", "bit",
    "boolean", "both", "breadth", "by", "cache", "call", "called", "cascade", "cascaded", "case",
    "cast", "catalog", "chain", "char", "character", "characteristics", "check", "checkpoint",
    "class", "close", "cluster", "coalesce", "collate", "collation", "column", "columns",
    "comment", "comments", "commit", "committed", "compression", "concurrently", "conditional",
    "configuration", "conflict", "connection", "constraint", "constraints", "content", "continue",
    "conversion", "copy", "cost", "create", "cross", "csv", "cube", "current", "current_catalog",
    "current_date", "current_role", "current_schema", "current_time", "current_timestamp",
    "current_user", "cursor", "cycle", "data", "database", "day", "deallocate", "dec", "decimal",
    "declare", "default", "defaults", "deferrable", "deferred", "definer", "delete", "delimiter",
    "delimiters", "depends", "depth", "desc", "detach", "dictionary", "disable", "discard",
    "distinct", "do", "document", "domain", "double", "drop", "each", "else", "empty", "enable",
    "encoding", "encrypted", "end", "enforced", "enum", "error", "escape", "event", "except",
    "exclude", "excluding", "exclusive", "execute", "exists", "explain", "expression", "extension",
    "external", "extract", "false", "family", "fetch", "filter", "finalize", "first", "float",
    "following", "for", "force", "foreign", "format", "forward", "freeze", "from", "full",
    "function", "functions", "generated", "global", "grant", "granted", "greatest", "group",
    "grouping", "groups", "handler", "having", "header", "hold", "hour", "identity", "if", "ilike",
    "immediate", "immutable", "implicit", "import", "in", "include", "including", "increment",
    "indent", "index", "indexes", "inherit", "inherits", "initially", "inline", "inner", "inout",
    "input", "insensitive", "insert", "instead", "int", "integer", "intersect", "interval", "into",
    "invoker", "is", "isnull", "isolation", "join", "json", "json_array", "json_arrayagg",
    "json_exists", "json_object", "json_objectagg", "json_query", "json_scalar", "json_serialize",
    "json_table", "json_value", "keep", "key", "keys", "label", "language", "large", "last",
    "lateral", "leading", "leakproof", "least", "left", "level", "like", "limit", "listen", "load",
    "local", "localtime", "localtimestamp", "location", "lock", "locked", "logged", "mapping",
    "match", "matched", "materialized", "maxvalue", "merge", "merge_action", "method", "minute",
    "minvalue", "mode", "month", "move", "name", "names", "national", "natural", "nchar", "nested",
    "new", "next", "nfc", "nfd", "nfkc", "nfkd", "no", "none", "normalize", "normalized", "not",
    "nothing", "notify", "notnull", "nowait", "null", "nullif", "nulls", "numeric", "object",
    "objects", "of", "off", "offset", "oids", "old", "omit", "on", "only", "operator", "option",
    "options", "or", "order", "ordinality", "others", "out", "outer", "over", "overlaps",
    "overlay", "overriding", "owned", "owner", "parallel", "parameter", "parser", "partial",
    "partition", "passing", "password", "path", "period", "placing", "plan", "plans", "policy",
    "position", "preceding", "precision", "prepare", "prepared", "preserve", "primary", "prior",
    "privileges", "procedural", "procedure", "procedures", "program", "publication", "quote",
    "quotes", "range", "read", "real", "reassign", "recheck", "recursive", "ref", "references",
    "referencing", "refresh", "reindex", "relative", "release", "rename", "repeatable", "replace",
    "replica", "reset", "restart", "restrict", "return", "returning", "returns", "revoke", "right",
    "role", "rollback", "rollup", "routine", "routines", "row", "rows", "rule", "savepoint",
    "scalar", "schema", "schemas", "scroll", "search", "second", "security", "select", "sequence",
    "sequences", "serializable", "server", "session", "session_user", "set", "setof", "sets",
    "share", "show", "similar", "simple", "skip", "smallint", "snapshot", "some", "source", "sql",
    "stable", "standalone", "start", "statement", "statistics", "stdin", "stdout", "storage",
    "stored", "strict", "string", "strip", "subscription", "substring", "support", "symmetric",
    "sysid", "system", "system_user", "table", "tables", "tablesample", "tablespace", "target",
    "temp", "template", "temporary", "text", "then", "ties", "time", "timestamp", "to", "trailing",
    "transaction", "transform", "treat", "trigger", "trim", "true", "truncate", "trusted", "type",
    "types", "uescape", "unbounded", "uncommitted", "unconditional", "unencrypted", "union",
    "unique", "unknown", "unlisten", "unlogged", "until", "update", "user", "using", "vacuum",
    "valid", "validate", "validator", "value", "values", "varchar", "variadic", "varying",
    "verbose", "version", "view", "views", "virtual", "volatile", "when", "where", "whitespace",
    "window", "with", "within", "without", "work", "wrapper", "write", "xml", "xmlattributes",
    "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi",
    "xmlroot", "xmlserialize", "xmltable", "year", "yes", "zone",
  };

  /** Six letters per word of {@link #WORDS}: categories in 14..18, then b or a. */
  static final String CATEGORIES =
      "UUUUUb--UUUbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbRRRRRbUUUUUbUUUUUbUUUUUbRRRRRb"
      + "RRRRRbRRRRRbRRRRRbRRRRRaRRRRRaRRRRRbUUUUUbUUUUUbUUUUUbRRRRRbUUUUUbUUUUUbUUUUUbUUUUUb"
      + "TTTTTbUUUUUbUUUUUbUUUUUbCCCCCbCCCCCbTTTTTbCCCCCbCCCCCbRRRRRbUUUUUbUUUUUbUUUUUbUUUUUb"
      + "UUUUUbUUUUUbUUUUUbRRRRRbRRRRRbUUUUUbUUUUUbCCCCCaCCCCCaUUUUUbRRRRRbUUUUUbUUUUUbUUUUUb"
      + "UUUUUbCCCCCbRRRRRbTTTTTbRRRRRbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbTTTTTb---UUbUUUUUb"
      + "UUUUUbUUUUUbRRRRRbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbRRRRRaTTTTTbUUUUUbUUUUUbUUUUUb"
      + "RRRRRbRRRRRbRRRRRbTTTTTbRRRRRbRRRRRbRRRRRbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUaUUUUUbCCCCCb"
      + "CCCCCbUUUUUbRRRRRbUUUUUbRRRRRbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbRRRRRbUUUUUb"
      + "UUUUUbUUUUUbUUUUUbRRRRRbRRRRRbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbRRRRRb---UUbUUUUUbUUUUUb"
      + "UUUUUbRRRRRb----UbUUUUUb---UUbUUUUUbUUUUUbRRRRRaUUUUUbUUUUUbUUUUUbUUUUUbCCCCCbUUUUUb"
      + "UUUUUbUUUUUbUUUUUbCCCCCbRRRRRbUUUUUbRRRRRaUUUUUaUUUUUbUUUUUbCCCCCbUUUUUbRRRRRaUUUUUb"
      + "RRRRRb--UUUbUUUUUbTTTTTbRRRRRaTTTTTbUUUUUbUUUUUbUUUUUbUUUUUbRRRRRaUUUUUbCCCCCbRRRRRa"
      + "CCCCCbUUUUUbUUUUUbRRRRRaUUUUUbUUUUUbUUUUUaUUUUUbUUUUUbTTTTTbUUUUUbUUUUUbUUUUUbUUUUUb"
      + "RRRRRbUUUUUbUUUUUbUUUUUb--UUUbUUUUUbUUUUUbUUUUUbUUUUUbRRRRRbUUUUUbTTTTTbCCCCCbUUUUUb"
      + "UUUUUbUUUUUbUUUUUbCCCCCbCCCCCbRRRRRaCCCCCbRRRRRaUUUUUbTTTTTbTTTTTaUUUUUbTTTTTb--UCCb"
      + "--CCCb--CCCb---CCb--CCCb--CCCb---CCb---CCb---CCb---CCb---CCb---UUbUUUUUb--UUUbUUUUUb"
      + "UUUUUbUUUUUbUUUUUbRRRRRbRRRRRbUUUUUbCCCCCbTTTTTbUUUUUbTTTTTbRRRRRaUUUUUbUUUUUbUUUUUb"
      + "RRRRRbRRRRRbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUb-UUUUbUUUUUbUUUUUb-UUUUb---CCbUUUUUb"
      + "UUUUUaUUUUUbUUUUUbUUUUUaUUUUUbUUUUUbUUUUUbCCCCCbTTTTTbCCCCCb---UUbUUUUUbUUUUUbUUUUUb"
      + "UUUUUbUUUUUbUUUUUbUUUUUbCCCCCbCCCCCbUUUUUbRRRRRbUUUUUbUUUUUbTTTTTaUUUUUbRRRRRbCCCCCb"
      + "UUUUUbCCCCCbUUUUUb----UbUUUUUbUUUUUbRRRRRaUUUUUbUUUUUb---UUbRRRRRaRRRRRbUUUUUbUUUUUb"
      + "UUUUUbRRRRRbRRRRRaUUUUUbUUUUUbCCCCCbTTTTTbUUUUUaTTTTTaCCCCCbUUUUUbUUUUUbUUUUUbUUUUUb"
      + "-UUUUbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUb---UUb----UbRRRRRb---UUbUUUUUbUUUUUbCCCCCbUUUUUb"
      + "CCCCCaUUUUUbUUUUUbUUUUUbRRRRRbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUb---UUb"
      + "UUUUUbUUUUUbCCCCCbUUUUUbUUUU-bUUUUUbUUUUUbRRRRRbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUb"
      + "UUUUUbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbRRRRRaUUUUUbUUUUUbTTTTTbUUUUUbUUUUUbUUUUUb"
      + "UUUUUbUUUUUbCCCCCbUUUUUbUUUUUbUUUUUb--UUUbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUaUUUUUbRRRRRb"
      + "UUUUUbUUUUUbUUUUUbUUUUUbUUUUUbRRRRRbUUUUUbCCCCCbUUUUUbUUUUUbUUUUUbTTTTTbUUUUUbUUUUUb"
      + "CCCCCbUUUUUbRRRRRb---UUbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUb"
      + "UUUUUb---UUbUUUUUbUUUUUbCCCCCbUUUUUbRRRRRbUUUUUbUUUUUb--RRRbRRRRRbUUUUUbTTTTTbUUUUUb"
      + "---UUbUUUUUbUUUUUbUUUUUbUUUUUbRRRRRbUUUUUbCCCCCbCCCCCbRRRRRaRRRRRbUUUUUbUUUUUbCCCCCb"
      + "UUUUUbCCCCCbRRRRRbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUb---UUbUUUUUbRRRRRaRRRRRb"
      + "UUUUUbUUUUUbUUUUUbUUUUUbUUUUUbRRRRRbRRRRRbUUUUUbUUUUUbUUUUUbUUUUUbUUUUUbCCCCCbCCCCCb"
      + "RRRRRbUUUUUaTTTTTbUUUUUbUUUUUbUUUUUb----UbUUUUUbRRRRRbRRRRRaUUUUUbRRRRRaRRRRRaUUUUUa"
      + "UUUUUaUUUUUbUUUUUbUUUUUbUUUUUbCCCCCbCCCCCbCCCCCbCCCCCbCCCCCbCCCCCbCCCCCbCCCCCbCCCCCb"
      + "CCCCCbCCCCCbUUUUUaUUUUUbUUUUUb";
}
