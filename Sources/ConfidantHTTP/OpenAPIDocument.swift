/// The OpenAPI 3.1 description served at `/openapi.json`.
///
/// Kept next to the routes it describes; `ServerSkeletonTests` calls every operation
/// listed here (with and without an API key) and fails if one is not routed, or answers
/// with a status the document does not list. docs/api.md is the prose companion.
enum OpenAPIDocument {
    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Confidant",
            "version": "0.1.0",
            "description": "A confidentiality-first disclosure gateway for patient records."
          },
          "tags": [
            {"name": "requests", "description": "Agencies submit and follow their requests; staff read them"},
            {"name": "review", "description": "The health body's staff: public-interest test, approval by a second person, refusal, embargoes"},
            {"name": "agreements", "description": "Administrators suspend and reinstate agencies' agreements"}
          ],
          "paths": {
            "/healthz": {
              "get": {
                "summary": "Liveness and store reachability",
                "operationId": "health",
                "responses": {
                  "200": {"description": "The server and its store are up", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}},
                  "503": {"description": "The store cannot be reached", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}}
                }
              }
            },
            "/metrics": {
              "get": {
                "summary": "Prometheus metrics",
                "operationId": "metrics",
                "responses": {"200": {"description": "Prometheus text exposition format", "content": {"text/plain": {"schema": {"type": "string"}}}}}
              }
            },
            "/openapi.json": {
              "get": {
                "summary": "This document",
                "operationId": "openapi",
                "responses": {"200": {"description": "The OpenAPI document", "content": {"application/json": {"schema": {"type": "object"}}}}}
              }
            },
            "/log/checkpoint": {
              "get": {
                "summary": "The log's latest signed checkpoint (C2SP tlog-checkpoint in a signed note)",
                "operationId": "logCheckpoint",
                "responses": {
                  "200": {"description": "origin, tree size, root hash, signatures", "content": {"text/plain; charset=utf-8": {"schema": {"type": "string"}}}},
                  "404": {"description": "The log is empty", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
                }
              }
            },
            "/log/tile/{path}": {
              "get": {
                "summary": "A Merkle tree tile or entry bundle (C2SP tlog-tiles), e.g. tile/0/x001/234.p/17 or tile/entries/000",
                "operationId": "logTile",
                "parameters": [{"name": "path", "in": "path", "required": true, "schema": {"type": "string"}}],
                "responses": {
                  "200": {"description": "Concatenated hashes, or length-prefixed entries", "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
                  "404": {"description": "No such tile (yet)", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
                }
              }
            },
            "/v1/log/proof/inclusion": {
              "get": {
                "summary": "An RFC 9162 inclusion proof for an entry",
                "operationId": "logInclusionProof",
                "parameters": [
                  {"name": "index", "in": "query", "required": true, "schema": {"type": "integer", "minimum": 0}},
                  {"name": "size", "in": "query", "required": false, "description": "A signed tree size; the latest by default", "schema": {"type": "integer", "minimum": 1}}
                ],
                "responses": {
                  "200": {"description": "index, treeSize and base64 hashes, leaf to root", "content": {"application/json": {"schema": {"type": "object"}}}},
                  "400": {"description": "A missing or out-of-range parameter", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
                }
              }
            },
            "/v1/log/proof/consistency": {
              "get": {
                "summary": "An RFC 9162 consistency proof between two tree sizes",
                "operationId": "logConsistencyProof",
                "parameters": [
                  {"name": "old", "in": "query", "required": true, "schema": {"type": "integer", "minimum": 1}},
                  {"name": "new", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1}}
                ],
                "responses": {
                  "200": {"description": "oldSize, newSize and base64 hashes", "content": {"application/json": {"schema": {"type": "object"}}}},
                  "400": {"description": "A missing or out-of-range parameter", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
                }
              }
            },
            "/v1/requests": {
              "get": {
                "summary": "List requests, oldest first: an officer sees their own agency's, staff see every agency's",
                "operationId": "listRequests",
                "tags": ["requests"],
                "security": [{"bearerAuth": []}],
                "parameters": [
                  {"$ref": "#/components/parameters/Status"},
                  {"$ref": "#/components/parameters/After"},
                  {"$ref": "#/components/parameters/Limit"}
                ],
                "responses": {
                  "200": {"description": "A page of requests; follow next (as after) for the rest", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RequestPage"}}}},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "422": {"$ref": "#/components/responses/UnprocessableContent"},
                  "503": {"$ref": "#/components/responses/ServiceUnavailable"}
                }
              },
              "post": {
                "summary": "Submit one request (an agency's officer): validated, traced and decided, or held, before the answer",
                "description": "The gateway assigns id and received_on; agency and officer come from the API key when left out (if given they must be the key's). Nothing is stored unless the answer is 201.",
                "operationId": "submitRequest",
                "tags": ["requests"],
                "security": [{"bearerAuth": []}],
                "requestBody": {
                  "required": true,
                  "description": "At most 64 KiB",
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DisclosureRequestSubmission"}}}
                },
                "responses": {
                  "201": {
                    "description": "Recorded: status awaiting-review, refused or held",
                    "headers": {"Location": {"description": "/v1/requests/{id}", "schema": {"type": "string"}}},
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RequestView"}}}
                  },
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "403": {"$ref": "#/components/responses/Forbidden"},
                  "413": {"$ref": "#/components/responses/ContentTooLarge"},
                  "422": {"$ref": "#/components/responses/UnprocessableContent"},
                  "503": {"$ref": "#/components/responses/ServiceUnavailable"}
                }
              }
            },
            "/v1/requests/batch": {
              "post": {
                "summary": "Submit many requests (an agency's officer); each item is validated and decided on its own",
                "description": "A JSON array of request documents, or a CSV file (Content-Type: text/csv, see docs/requests-csv.md). At most 8 MiB and 10,000 items. One item's problems never stop the others; a body that cannot be read as a whole (not an array, empty, too many items, unreadable CSV) is refused and nothing is recorded.",
                "operationId": "submitBatch",
                "tags": ["requests"],
                "security": [{"bearerAuth": []}],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {"schema": {"type": "array", "minItems": 1, "maxItems": 10000, "items": {"$ref": "#/components/schemas/DisclosureRequestSubmission"}}},
                    "text/csv": {"schema": {"type": "string", "description": "RFC 4180 CSV with a header row; one request a row (docs/requests-csv.md)"}}
                  }
                },
                "responses": {
                  "200": {"description": "What became of each item, in order (also when every item was rejected)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BatchReport"}}}},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "403": {"$ref": "#/components/responses/Forbidden"},
                  "413": {"$ref": "#/components/responses/ContentTooLarge"},
                  "422": {"$ref": "#/components/responses/UnprocessableContent"},
                  "503": {"$ref": "#/components/responses/ServiceUnavailable"}
                }
              }
            },
            "/v1/requests/{id}": {
              "get": {
                "summary": "One request: what was asked, where it stands, why, and its events with their log indices",
                "description": "Another agency's request is answered 404, exactly as one that does not exist. Staff also see the trace's candidates and the review.",
                "operationId": "getRequest",
                "tags": ["requests"],
                "security": [{"bearerAuth": []}],
                "parameters": [{"$ref": "#/components/parameters/RequestID"}],
                "responses": {
                  "200": {"description": "The request as the caller may see it", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RequestView"}}}},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "404": {"$ref": "#/components/responses/NotFound"},
                  "503": {"$ref": "#/components/responses/ServiceUnavailable"}
                }
              }
            },
            "/v1/requests/{id}/disclosure": {
              "get": {
                "summary": "What was released: exactly the approved fields of the traced patient",
                "operationId": "getDisclosure",
                "tags": ["requests"],
                "security": [{"bearerAuth": []}],
                "parameters": [{"$ref": "#/components/parameters/RequestID"}],
                "responses": {
                  "200": {
                    "description": "The released record (Cache-Control: no-store)",
                    "headers": {"Cache-Control": {"schema": {"type": "string", "const": "no-store"}}},
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Disclosure"}}}
                  },
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "404": {"$ref": "#/components/responses/NotFound"},
                  "409": {"$ref": "#/components/responses/Conflict"},
                  "503": {"$ref": "#/components/responses/ServiceUnavailable"}
                }
              }
            },
            "/v1/review-queue": {
              "get": {
                "summary": "Requests waiting for a reviewer or an approver (awaiting-review, awaiting-approval), oldest first; staff only",
                "description": "Pages like GET /v1/requests: pass next as after. status is checked but the queue's statuses are fixed.",
                "operationId": "reviewQueue",
                "tags": ["review"],
                "security": [{"bearerAuth": []}],
                "parameters": [{"$ref": "#/components/parameters/Limit"}, {"$ref": "#/components/parameters/After"}],
                "responses": {
                  "200": {"description": "The first page of the queue", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RequestPage"}}}},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "403": {"$ref": "#/components/responses/Forbidden"},
                  "422": {"$ref": "#/components/responses/UnprocessableContent"},
                  "503": {"$ref": "#/components/responses/ServiceUnavailable"}
                }
              }
            },
            "/v1/requests/{id}/review": {
              "post": {
                "summary": "Record a public-interest test (reviewer or administrator); release waits for approval, refuse settles the request",
                "operationId": "reviewRequest",
                "tags": ["review"],
                "security": [{"bearerAuth": []}],
                "parameters": [{"$ref": "#/components/parameters/RequestID"}],
                "requestBody": {"required": true, "description": "At most 64 KiB", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PublicInterestTest"}}}},
                "responses": {
                  "200": {"description": "Reviewed: awaiting-approval (release) or refused (refuse)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RequestView"}}}},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "403": {"$ref": "#/components/responses/Forbidden"},
                  "404": {"$ref": "#/components/responses/NotFound"},
                  "409": {"$ref": "#/components/responses/Conflict"},
                  "413": {"$ref": "#/components/responses/ContentTooLarge"},
                  "422": {"$ref": "#/components/responses/UnprocessableContent"},
                  "503": {"$ref": "#/components/responses/ServiceUnavailable"}
                }
              }
            },
            "/v1/requests/{id}/approve": {
              "post": {
                "summary": "Approve a recommended release (approver or administrator, never the reviewer): approved and released at once",
                "description": "No body. Releases exactly the fields the reviewer recommended.",
                "operationId": "approveRequest",
                "tags": ["review"],
                "security": [{"bearerAuth": []}],
                "parameters": [{"$ref": "#/components/parameters/RequestID"}],
                "responses": {
                  "200": {"description": "Released", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RequestView"}}}},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "403": {"$ref": "#/components/responses/Forbidden"},
                  "404": {"$ref": "#/components/responses/NotFound"},
                  "409": {"$ref": "#/components/responses/Conflict"},
                  "503": {"$ref": "#/components/responses/ServiceUnavailable"}
                }
              }
            },
            "/v1/requests/{id}/refuse": {
              "post": {
                "summary": "Refuse a request under review (awaiting-review or awaiting-approval; any staff role), with the reason the agency is given",
                "operationId": "refuseRequest",
                "tags": ["review"],
                "security": [{"bearerAuth": []}],
                "parameters": [{"$ref": "#/components/parameters/RequestID"}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Reason"}}}},
                "responses": {
                  "200": {"description": "Refused", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RequestView"}}}},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "403": {"$ref": "#/components/responses/Forbidden"},
                  "404": {"$ref": "#/components/responses/NotFound"},
                  "409": {"$ref": "#/components/responses/Conflict"},
                  "413": {"$ref": "#/components/responses/ContentTooLarge"},
                  "422": {"$ref": "#/components/responses/UnprocessableContent"},
                  "503": {"$ref": "#/components/responses/ServiceUnavailable"}
                }
              }
            },
            "/v1/requests/{id}/lift-embargo": {
              "post": {
                "summary": "End a request's embargo (any staff role), whatever its status",
                "description": "No body.",
                "operationId": "liftEmbargo",
                "tags": ["review"],
                "security": [{"bearerAuth": []}],
                "parameters": [{"$ref": "#/components/parameters/RequestID"}],
                "responses": {
                  "200": {"description": "The embargo is lifted (embargoed is false)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RequestView"}}}},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "403": {"$ref": "#/components/responses/Forbidden"},
                  "404": {"$ref": "#/components/responses/NotFound"},
                  "409": {"$ref": "#/components/responses/Conflict"},
                  "503": {"$ref": "#/components/responses/ServiceUnavailable"}
                }
              }
            },
            "/v1/agreements/{id}/suspend": {
              "post": {
                "summary": "Suspend an agreement from today (administrator): its unsettled requests are held at once, new ones held on arrival",
                "operationId": "suspendAgreement",
                "tags": ["agreements"],
                "security": [{"bearerAuth": []}],
                "parameters": [{"$ref": "#/components/parameters/AgreementID"}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Reason"}}}},
                "responses": {
                  "200": {"description": "Suspended; requests lists those held by this call", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AgreementChange"}}}},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "403": {"$ref": "#/components/responses/Forbidden"},
                  "404": {"$ref": "#/components/responses/NotFound"},
                  "409": {"$ref": "#/components/responses/Conflict"},
                  "413": {"$ref": "#/components/responses/ContentTooLarge"},
                  "422": {"$ref": "#/components/responses/UnprocessableContent"},
                  "503": {"$ref": "#/components/responses/ServiceUnavailable"}
                }
              }
            },
            "/v1/agreements/{id}/reinstate": {
              "post": {
                "summary": "Reinstate a suspended agreement from today (administrator): every held request under it is decided again under today's policy",
                "operationId": "reinstateAgreement",
                "tags": ["agreements"],
                "security": [{"bearerAuth": []}],
                "parameters": [{"$ref": "#/components/parameters/AgreementID"}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Reason"}}}},
                "responses": {
                  "200": {"description": "Active again; requests lists those decided again", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AgreementChange"}}}},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "403": {"$ref": "#/components/responses/Forbidden"},
                  "404": {"$ref": "#/components/responses/NotFound"},
                  "409": {"$ref": "#/components/responses/Conflict"},
                  "413": {"$ref": "#/components/responses/ContentTooLarge"},
                  "422": {"$ref": "#/components/responses/UnprocessableContent"},
                  "503": {"$ref": "#/components/responses/ServiceUnavailable"}
                }
              }
            },
            "/": {
              "get": {
                "summary": "Home page",
                "operationId": "home",
                "responses": {"200": {"description": "HTML", "content": {"text/html": {"schema": {"type": "string"}}}}}
              }
            }
          },
          "components": {
            "securitySchemes": {
              "bearerAuth": {
                "type": "http",
                "scheme": "bearer",
                "bearerFormat": "cfd_<16 hex>_<64 hex>",
                "description": "An API key issued with `confidant key issue` (shown once; `confidant key revoke` ends it at once), sent as `Authorization: Bearer cfd_…`. It belongs to an agency's officer or to a member of staff with a role (reviewer, approver, administrator); what the caller may do and see follows from it."
              }
            },
            "parameters": {
              "RequestID": {"name": "id", "in": "path", "required": true, "description": "A request identifier (req-<12 hex>-<8 hex>)", "schema": {"$ref": "#/components/schemas/Identifier"}, "example": "req-01a203a5ca39-43e424bd"},
              "AgreementID": {"name": "id", "in": "path", "required": true, "description": "An agreement identifier", "schema": {"$ref": "#/components/schemas/Identifier"}, "example": "met-police-agreement"},
              "Status": {"name": "status", "in": "query", "required": false, "description": "Only requests in these statuses: repeat the parameter or separate with commas", "style": "form", "explode": true, "schema": {"type": "array", "items": {"$ref": "#/components/schemas/RequestStatus"}}},
              "After": {"name": "after", "in": "query", "required": false, "description": "Only requests whose identifier sorts after this one: the previous page's next", "schema": {"$ref": "#/components/schemas/Identifier"}},
              "Limit": {"name": "limit", "in": "query", "required": false, "description": "The most requests on the page", "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 100}}
            },
            "responses": {
              "BadRequest": {
                "description": "The body is not JSON (or is missing where one is required)",
                "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}, "example": {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "the body is not valid JSON"}}}
              },
              "Unauthorized": {
                "description": "No API key, a malformed one, or one that is unknown or revoked",
                "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}, "example": {"type": "about:blank", "title": "Unauthorized", "status": 401, "detail": "the API key is not valid or has been revoked"}}}
              },
              "Forbidden": {
                "description": "The key's holder may not do this (staff submitting, an officer acting as staff, a role without the step)",
                "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}, "example": {"type": "about:blank", "title": "Forbidden", "status": 403, "detail": "a reviewer does not approve releases"}}}
              },
              "NotFound": {
                "description": "No such request or agreement, or another agency's request (never told apart)",
                "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}, "example": {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "there is no request req-01a203a5ca39-43e424bd"}}}
              },
              "Conflict": {
                "description": "The request's history (or the agreement's status) does not allow this step now; code names the rule",
                "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}, "example": {"type": "about:blank", "title": "Conflict", "status": 409, "code": "same-reviewer-and-approver", "detail": "the approver must not be the person who reviewed"}}}
              },
              "ContentTooLarge": {
                "description": "The body is larger than 64 KiB (8 MiB for a batch); it is not read",
                "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}, "example": {"type": "about:blank", "title": "Content Too Large", "status": 413, "detail": "the body is larger than 65536 bytes"}}}
              },
              "UnprocessableContent": {
                "description": "The input broke these rules; errors names each field and rule, and nothing was stored",
                "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}, "example": {"type": "about:blank", "title": "Unprocessable Content", "status": 422, "detail": "2 problems: see errors", "errors": [{"field": "legal_basis", "code": "missing", "message": "every request states its legal basis"}, {"field": "requested_fields", "code": "not-permitted", "message": "clinical information is never released through Confidant"}]}}}
              },
              "ServiceUnavailable": {
                "description": "No policy is in force today, or the store cannot be reached; nothing was recorded",
                "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}, "example": {"type": "about:blank", "title": "Service Unavailable", "status": 503, "detail": "no policy is in force today; the request was not recorded"}}}
              }
            },
            "schemas": {
              "Health": {
                "type": "object",
                "required": ["status"],
                "properties": {"status": {"type": "string", "enum": ["ok", "store-unavailable"]}}
              },
              "Problem": {
                "type": "object",
                "description": "RFC 9457 problem details, returned with every 4xx and 5xx",
                "required": ["type", "title", "status"],
                "properties": {
                  "type": {"type": "string"},
                  "title": {"type": "string"},
                  "status": {"type": "integer"},
                  "detail": {"type": "string"},
                  "errors": {"type": "array", "description": "For invalid input (422): every field and the rule it broke", "items": {"$ref": "#/components/schemas/FieldError"}},
                  "code": {"type": "string", "description": "For a step the request's history does not allow (409): the rule", "enum": ["out-of-order", "same-reviewer-and-approver", "not-staff", "invalid-review", "fields-not-allowed", "no-embargo"]}
                }
              },
              "FieldError": {
                "type": "object",
                "required": ["field", "code", "message"],
                "properties": {
                  "field": {"type": "string", "description": "A path in the document's own keys (offence.max_sentence_months, requested_fields[1], subject.nhs_number); empty for the body as a whole"},
                  "code": {"type": "string", "enum": ["missing", "wrong-type", "unknown-key", "unknown-value", "out-of-range", "invalid-format", "inconsistent", "not-permitted"]},
                  "message": {"type": "string", "description": "What is wrong and how to put it right; never repeats patient data"}
                }
              },
              "Identifier": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "description": "1 to 64 ASCII letters, digits, '-', '_' or '.', starting with a letter or digit"},
              "RequestID": {"type": "string", "pattern": "^req-[0-9a-f]{12}-[0-9a-f]{8}$", "description": "req-, the time received in milliseconds (12 hex digits, so identifiers sort in time order), and 8 random hex digits", "example": "req-01a203a5ca39-43e424bd"},
              "Date": {"type": "string", "format": "date", "description": "YYYY-MM-DD"},
              "Timestamp": {"type": "string", "format": "date-time", "description": "ISO 8601 in UTC"},
              "RequestPurpose": {"type": "string", "enum": ["immigration-enforcement", "deportation", "detection-of-crime", "prevention-of-crime", "public-security", "missing-person", "safeguarding", "court-proceedings", "inquest"]},
              "LegalBasis": {"type": "string", "enum": ["crime-and-taxation", "immigration-control", "court-order", "statutory-duty", "legal-proceedings", "coroner-requirement", "safeguarding-duty", "vital-interests"]},
              "OffenceCategory": {"type": "string", "enum": ["murder", "manslaughter", "rape", "kidnapping", "child-abuse", "state-security", "serious-violence", "drug-trafficking", "fraud", "theft", "immigration", "public-security", "missing-vulnerable-person", "other"]},
              "OtherMeans": {"type": "string", "enum": ["police-national-computer", "home-office-records", "electoral-register", "dvla", "credit-reference-agency", "local-enquiries", "other-agency"]},
              "Urgency": {"type": "string", "enum": ["routine", "urgent", "immediate-risk-to-life"]},
              "Gender": {"type": "string", "enum": ["male", "female", "other", "unknown"]},
              "FieldCategory": {"type": "string", "enum": ["identity", "demographics", "location", "contact", "registration", "service-usage", "clinical"], "description": "clinical is never requested nor released"},
              "RequestableFieldCategory": {"type": "string", "enum": ["identity", "demographics", "location", "contact", "registration", "service-usage"], "description": "A category a request may ask for (clinical is refused: not-permitted)"},
              "FieldCoarsening": {"type": "string", "enum": ["full", "sector", "district", "area", "birth-year", "practice", "gp-area"], "description": "full for any category; sector, district, area for location; birth-year for demographics; practice, gp-area for registration"},
              "FieldRelease": {
                "type": "object",
                "required": ["category"],
                "additionalProperties": false,
                "properties": {
                  "category": {"$ref": "#/components/schemas/FieldCategory"},
                  "coarsening": {"allOf": [{"$ref": "#/components/schemas/FieldCoarsening"}], "default": "full"}
                }
              },
              "RequestStatus": {"type": "string", "enum": ["received", "traced", "held", "awaiting-review", "awaiting-approval", "approved", "released", "refused"], "description": "received, traced and approved are passed through within one step and never seen at rest"},
              "EventKind": {"type": "string", "enum": ["received", "traced", "decided", "held", "reviewed", "approved", "released", "refused", "embargo-lifted"]},
              "DecisionOutcome": {"type": "string", "enum": ["refused", "held", "not-traced", "ambiguous-trace", "queued-for-review"]},
              "TraceOutcome": {"type": "string", "enum": ["unique-match", "ambiguous", "no-match"]},
              "AgreementStatus": {"type": "string", "enum": ["active", "suspended", "withdrawn"]},
              "Offence": {
                "type": "object",
                "description": "A category, a maximum sentence, or both",
                "additionalProperties": false,
                "anyOf": [{"required": ["category"]}, {"required": ["max_sentence_months"]}],
                "properties": {
                  "category": {"$ref": "#/components/schemas/OffenceCategory"},
                  "max_sentence_months": {"type": "integer", "minimum": 0, "maximum": 1200, "description": "Life imprisonment is 1200"},
                  "description": {"type": "string", "description": "The offence in the agency's words, never patient data"}
                }
              },
              "Embargo": {
                "type": "object",
                "description": "The patient is not told about the request until a day ends or a court decides; one of the two",
                "additionalProperties": false,
                "oneOf": [{"required": ["until"]}, {"required": ["until_court_decision"]}],
                "properties": {
                  "until": {"$ref": "#/components/schemas/Date"},
                  "until_court_decision": {"type": "string", "description": "The court case reference"}
                }
              },
              "Subject": {
                "type": "object",
                "description": "Who the request is about. Enough to trace: an NHS number with a birth date or a family name, or a family name and a birth date",
                "additionalProperties": false,
                "anyOf": [{"required": ["nhs_number", "birth_date"]}, {"required": ["nhs_number", "family_name"]}, {"required": ["family_name", "birth_date"]}],
                "properties": {
                  "nhs_number": {"type": "string", "description": "Ten digits with a valid check digit, bare or spaced (943 476 5919)"},
                  "family_name": {"type": "string"},
                  "given_names": {"type": "array", "items": {"type": "string"}, "description": "First name first"},
                  "birth_date": {"$ref": "#/components/schemas/Date"},
                  "gender": {"$ref": "#/components/schemas/Gender"},
                  "postcode": {"type": "string", "description": "A UK postcode (LS1 4HR)"}
                }
              },
              "DisclosureRequestSubmission": {
                "type": "object",
                "description": "A request as an agency sends it. Unknown keys are refused (unknown-key); null counts as absent; text that is empty or only spaces counts as absent.",
                "additionalProperties": false,
                "required": ["case_reference", "agreement", "purpose", "legal_basis", "subject", "requested_fields"],
                "properties": {
                  "agency": {"allOf": [{"$ref": "#/components/schemas/Identifier"}], "description": "Filled in from the API key when left out; must be the key's agency"},
                  "officer": {"allOf": [{"$ref": "#/components/schemas/Identifier"}], "description": "Filled in from the API key when left out; must be the key's officer"},
                  "countersignatory": {"allOf": [{"$ref": "#/components/schemas/Identifier"}], "description": "A senior officer of the same agency, not the officer"},
                  "case_reference": {"type": "string", "description": "The agency's own case reference"},
                  "agreement": {"allOf": [{"$ref": "#/components/schemas/Identifier"}], "description": "The agency's agreement the request is made under; it must cover the purpose and the legal basis"},
                  "purpose": {"$ref": "#/components/schemas/RequestPurpose"},
                  "offence": {"$ref": "#/components/schemas/Offence"},
                  "legal_basis": {"$ref": "#/components/schemas/LegalBasis"},
                  "other_means_tried": {"type": "array", "items": {"$ref": "#/components/schemas/OtherMeans"}},
                  "urgency": {"allOf": [{"$ref": "#/components/schemas/Urgency"}], "default": "routine"},
                  "embargo": {"$ref": "#/components/schemas/Embargo"},
                  "subject": {"$ref": "#/components/schemas/Subject"},
                  "requested_fields": {"type": "array", "minItems": 1, "items": {"$ref": "#/components/schemas/RequestableFieldCategory"}}
                }
              },
              "DisclosureRequest": {
                "type": "object",
                "description": "A request as recorded: the submission with id, agency, officer, urgency and received_on filled in",
                "required": ["id", "agency", "officer", "case_reference", "agreement", "purpose", "legal_basis", "urgency", "subject", "requested_fields", "received_on"],
                "properties": {
                  "id": {"$ref": "#/components/schemas/RequestID"},
                  "agency": {"$ref": "#/components/schemas/Identifier"},
                  "officer": {"$ref": "#/components/schemas/Identifier"},
                  "countersignatory": {"$ref": "#/components/schemas/Identifier"},
                  "case_reference": {"type": "string"},
                  "agreement": {"$ref": "#/components/schemas/Identifier"},
                  "purpose": {"$ref": "#/components/schemas/RequestPurpose"},
                  "offence": {"$ref": "#/components/schemas/Offence"},
                  "legal_basis": {"$ref": "#/components/schemas/LegalBasis"},
                  "other_means_tried": {"type": "array", "items": {"$ref": "#/components/schemas/OtherMeans"}},
                  "urgency": {"$ref": "#/components/schemas/Urgency"},
                  "embargo": {"$ref": "#/components/schemas/Embargo"},
                  "subject": {"$ref": "#/components/schemas/Subject"},
                  "requested_fields": {"type": "array", "items": {"$ref": "#/components/schemas/RequestableFieldCategory"}},
                  "received_on": {"$ref": "#/components/schemas/Date"}
                }
              },
              "PublicInterestTest": {
                "type": "object",
                "description": "A reviewer's public-interest test. Every question is required. A release must be necessary and proportionate, with less_data_would_do false, at least one field, no clinical field, and no field wider than the policy decided (else 409 invalid-review or fields-not-allowed).",
                "additionalProperties": false,
                "required": ["seriousness", "necessary", "proportionate", "harm_to_patient", "harm_to_trust", "less_data_would_do", "aim", "notes", "recommendation"],
                "properties": {
                  "seriousness": {"type": "string", "enum": ["low", "moderate", "serious", "grave"]},
                  "necessary": {"type": "boolean"},
                  "proportionate": {"type": "boolean"},
                  "harm_to_patient": {"type": "string", "enum": ["none", "low", "moderate", "high"]},
                  "harm_to_trust": {"type": "string", "enum": ["none", "low", "moderate", "high"]},
                  "less_data_would_do": {"type": "boolean"},
                  "aim": {"type": "string", "enum": ["detection", "prevention", "welfare"]},
                  "notes": {"type": "string", "description": "The reasoning, in the reviewer's words"},
                  "recommendation": {"type": "string", "enum": ["release", "refuse"]},
                  "fields": {"type": "array", "description": "Required for release: the fields to release, each no wider than the decision's", "items": {"$ref": "#/components/schemas/FieldRelease"}},
                  "reason": {"type": "string", "description": "Required for refuse: the reason the agency is given"}
                }
              },
              "RecordedReview": {
                "description": "The review as a RequestView shows it (staff only): the shape of the PublicInterestTest sent",
                "$ref": "#/components/schemas/PublicInterestTest"
              },
              "Reason": {
                "type": "object",
                "additionalProperties": false,
                "required": ["reason"],
                "properties": {"reason": {"type": "string", "minLength": 1, "description": "Not only spaces"}}
              },
              "PolicyReference": {
                "type": "object",
                "required": ["id", "version", "effective", "content_hash"],
                "properties": {
                  "id": {"type": "string"},
                  "version": {"type": "integer"},
                  "effective": {"$ref": "#/components/schemas/Date"},
                  "content_hash": {"type": "string", "description": "SHA-256 of the policy file, lowercase hex"}
                }
              },
              "FiredRule": {
                "type": "object",
                "required": ["name", "kind", "reason"],
                "properties": {
                  "name": {"type": "string", "description": "Built-in rules are named built-in:…"},
                  "kind": {"type": "string", "enum": ["refuse", "hold", "allow", "forbid", "coarsen", "built-in"]},
                  "reason": {"type": "string"},
                  "line": {"type": "integer", "description": "The rule's line in its policy file; absent for a built-in rule"}
                }
              },
              "WhyNot": {
                "type": "object",
                "description": "For a refusal: the nearest allow rule and why it did not apply",
                "required": ["rule", "reason", "line", "failed_conditions", "blocked_by"],
                "properties": {
                  "rule": {"type": "string"},
                  "reason": {"type": "string"},
                  "line": {"type": "integer"},
                  "failed_conditions": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": ["text", "line", "column", "readings"],
                      "properties": {
                        "text": {"type": "string"},
                        "line": {"type": "integer"},
                        "column": {"type": "integer"},
                        "readings": {"type": "array", "items": {"type": "object", "required": ["attribute", "value"], "properties": {"attribute": {"type": "string"}, "value": {"type": "string"}}}}
                      }
                    }
                  },
                  "blocked_by": {"type": "array", "items": {"type": "string"}}
                }
              },
              "PolicyDecision": {
                "type": "object",
                "required": ["outcome", "fields", "policy", "fired_rules"],
                "properties": {
                  "outcome": {"$ref": "#/components/schemas/DecisionOutcome"},
                  "fields": {"type": "array", "description": "What may be released after review; empty unless queued-for-review", "items": {"$ref": "#/components/schemas/FieldRelease"}},
                  "policy": {"$ref": "#/components/schemas/PolicyReference"},
                  "fired_rules": {"type": "array", "items": {"$ref": "#/components/schemas/FiredRule"}},
                  "why_not": {"$ref": "#/components/schemas/WhyNot"}
                }
              },
              "TraceView": {
                "type": "object",
                "required": ["outcome", "candidate_count"],
                "properties": {
                  "outcome": {"$ref": "#/components/schemas/TraceOutcome"},
                  "candidate_count": {"type": "integer"},
                  "candidates": {
                    "type": "array",
                    "description": "Staff only: every candidate kept (up to 10), best first",
                    "items": {"type": "object", "required": ["nhs_number", "probability"], "properties": {"nhs_number": {"type": "string"}, "probability": {"type": "number"}}}
                  }
                }
              },
              "EventView": {
                "type": "object",
                "required": ["sequence", "kind", "recorded_at"],
                "properties": {
                  "sequence": {"type": "integer", "minimum": 0},
                  "kind": {"$ref": "#/components/schemas/EventKind"},
                  "recorded_at": {"$ref": "#/components/schemas/Timestamp"},
                  "log_index": {"type": "integer", "minimum": 0, "description": "The event's leaf in the transparency log"}
                }
              },
              "RequestView": {
                "type": "object",
                "description": "A request as the caller may see it. Absent keys: nothing to show, or (review, reviewer, approver, trace candidates) not for an agency.",
                "required": ["id", "status", "request", "updated_at", "released_fields", "embargoed", "events"],
                "properties": {
                  "id": {"$ref": "#/components/schemas/RequestID"},
                  "status": {"$ref": "#/components/schemas/RequestStatus"},
                  "request": {"$ref": "#/components/schemas/DisclosureRequest"},
                  "updated_at": {"$ref": "#/components/schemas/Timestamp"},
                  "trace": {"$ref": "#/components/schemas/TraceView"},
                  "decision": {"$ref": "#/components/schemas/PolicyDecision"},
                  "review": {"$ref": "#/components/schemas/RecordedReview"},
                  "reviewer": {"type": "string", "description": "Staff only"},
                  "approver": {"type": "string", "description": "Staff only"},
                  "refusal_reason": {"type": "string"},
                  "released_fields": {"type": "array", "items": {"$ref": "#/components/schemas/FieldRelease"}},
                  "embargoed": {"type": "boolean"},
                  "events": {"type": "array", "items": {"$ref": "#/components/schemas/EventView"}}
                }
              },
              "RequestSummary": {
                "type": "object",
                "required": ["id", "agency", "agreement", "status", "received_on", "updated_at"],
                "properties": {
                  "id": {"$ref": "#/components/schemas/RequestID"},
                  "agency": {"$ref": "#/components/schemas/Identifier"},
                  "agreement": {"$ref": "#/components/schemas/Identifier"},
                  "status": {"$ref": "#/components/schemas/RequestStatus"},
                  "received_on": {"$ref": "#/components/schemas/Date"},
                  "updated_at": {"$ref": "#/components/schemas/Timestamp"}
                }
              },
              "RequestPage": {
                "type": "object",
                "required": ["requests"],
                "properties": {
                  "requests": {"type": "array", "items": {"$ref": "#/components/schemas/RequestSummary"}},
                  "next": {"allOf": [{"$ref": "#/components/schemas/RequestID"}], "description": "Present when the page is full: pass it as after for the next page (which may be empty)"}
                }
              },
              "BatchReport": {
                "type": "object",
                "required": ["accepted", "rejected", "results"],
                "properties": {
                  "accepted": {"type": "integer"},
                  "rejected": {"type": "integer"},
                  "results": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": ["index", "status"],
                      "properties": {
                        "index": {"type": "integer", "minimum": 0, "description": "The item's place in the batch, from 0"},
                        "line": {"type": "integer", "minimum": 2, "description": "CSV only: the line the row starts on (the header is line 1)"},
                        "status": {"type": "integer", "description": "201 when recorded, else the status a single submission would have had"},
                        "request": {
                          "type": "object",
                          "required": ["id", "status"],
                          "properties": {
                            "id": {"$ref": "#/components/schemas/RequestID"},
                            "status": {"$ref": "#/components/schemas/RequestStatus"},
                            "decision": {"$ref": "#/components/schemas/DecisionOutcome"}
                          }
                        },
                        "problem": {"$ref": "#/components/schemas/Problem"}
                      }
                    }
                  }
                }
              },
              "Disclosure": {
                "type": "object",
                "required": ["request", "nhs_number", "fields", "record"],
                "properties": {
                  "request": {"$ref": "#/components/schemas/RequestID"},
                  "nhs_number": {"type": "string"},
                  "fields": {"type": "array", "items": {"$ref": "#/components/schemas/FieldRelease"}},
                  "record": {"$ref": "#/components/schemas/ReleasedRecord"}
                }
              },
              "ReleasedRecord": {
                "type": "object",
                "description": "Only the released categories, each at its level. A category is absent when it was not released or the registry holds nothing for it (deliberately indistinguishable).",
                "required": ["released_on"],
                "properties": {
                  "released_on": {"$ref": "#/components/schemas/Date"},
                  "identity": {
                    "type": "object",
                    "required": ["nhs_number", "given_names"],
                    "properties": {"nhs_number": {"type": "string"}, "given_names": {"type": "array", "items": {"type": "string"}}, "family_name": {"type": "string"}}
                  },
                  "demographics": {
                    "type": "object",
                    "description": "birth_date and death_date at full; birth_year and death_year at birth-year",
                    "required": ["gender"],
                    "properties": {
                      "birth_date": {"$ref": "#/components/schemas/Date"},
                      "birth_year": {"type": "integer"},
                      "gender": {"$ref": "#/components/schemas/Gender"},
                      "death_date": {"$ref": "#/components/schemas/Date"},
                      "death_year": {"type": "integer"}
                    }
                  },
                  "location": {
                    "type": "object",
                    "description": "At full address_lines and postcode; at sector, district or area only that part of the postcode",
                    "properties": {
                      "address_lines": {"type": "array", "items": {"type": "string"}},
                      "postcode": {"type": "string"},
                      "postcode_sector": {"type": "string", "examples": ["LS1 4"]},
                      "postcode_district": {"type": "string", "examples": ["LS1"]},
                      "postcode_area": {"type": "string", "examples": ["LS"]}
                    }
                  },
                  "contact": {"type": "object", "properties": {"phone": {"type": "string"}, "email": {"type": "string"}}},
                  "registration": {
                    "type": "object",
                    "description": "At full gp_practice and registered_on; at practice gp_practice; at gp-area gp_area",
                    "properties": {"gp_practice": {"type": "string"}, "registered_on": {"$ref": "#/components/schemas/Date"}, "gp_area": {"type": "string"}}
                  },
                  "service_usage": {
                    "type": "array",
                    "description": "Contacts with health services, oldest first",
                    "items": {
                      "type": "object",
                      "required": ["date", "site", "kind"],
                      "properties": {
                        "date": {"$ref": "#/components/schemas/Date"},
                        "site": {"type": "string", "description": "ODS code"},
                        "kind": {"type": "string", "enum": ["gp-appointment", "emergency", "outpatient", "inpatient", "pharmacy", "vaccination"]}
                      }
                    }
                  }
                }
              },
              "AgreementChange": {
                "type": "object",
                "required": ["agreement", "status", "requests"],
                "properties": {
                  "agreement": {"$ref": "#/components/schemas/Identifier"},
                  "status": {"$ref": "#/components/schemas/AgreementStatus"},
                  "requests": {"type": "array", "description": "The requests held (suspend) or decided again (reinstate)", "items": {"$ref": "#/components/schemas/RequestID"}}
                }
              }
            }
          }
        }
        """#
}
