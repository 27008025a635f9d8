/**
 * JSON Schema (draft-07) for OSOP workflow YAML, written for the OSOP Canvas YAML editor
 * (Monaco + monaco-yaml, whose engine is yaml-language-server). It is built for hover, completion
 * and light validation: it accepts what real files use (DESIGN.md "The format, as real files
 * use it" and shared/spec/FORMAT.md), documents every field, and completes node types, edge
 * modes and — via {@link withNodeIds} — node ids. Semantic checks (unknown ids, cycles,
 * duplicate ids, missing `nodes`) are the model's diagnostics, not the schema's.
 *
 * Pure data: no Monaco import. Counts in descriptions are over the 305 real workflows of
 * shared/corpus (1919 nodes, 1902 edges).
 */

export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | readonly JsonValue[] | JsonObject;
export interface JsonObject {
  readonly [key: string]: JsonValue;
}

/**
 * `$comment` that marks every schema whose value is a node id (edge `from`, `to`, `default_to`,
 * switch case targets, `parent`, …). {@link withNodeIds} finds them by this marker.
 */
export const NODE_ID_REF = 'osop-canvas:node-id';

/** Keywords outside draft-07 that yaml-language-server reads (validators must allow them). */
export const EDITOR_KEYWORDS = [
  'markdownDescription',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'defaultSnippets',
  'doNotSuggest',
  'deprecationMessage',
] as const;

// ---------------------------------------------------------------------------------------------
// Builders. Each field gets the same short markdown text as `markdownDescription` (what
// yaml-language-server shows in hover and completion; it would escape the markup of a bare
// `description`) and as `description` (standard JSON Schema; yaml-language-server also shows it
// unescaped in the hover of some `anyOf` fields). Backticks read fine as plain text.

function doc(md: string): JsonObject {
  return { description: md, markdownDescription: md };
}

const str = (md: string, extra: JsonObject = {}): JsonObject => ({
  type: 'string',
  ...doc(md),
  ...extra,
});
const num = (md: string, extra: JsonObject = {}): JsonObject => ({
  type: 'number',
  ...doc(md),
  ...extra,
});
const int = (md: string, extra: JsonObject = {}): JsonObject => ({
  type: 'integer',
  ...doc(md),
  ...extra,
});
const bool = (md: string, extra: JsonObject = {}): JsonObject => ({
  type: 'boolean',
  ...doc(md),
  ...extra,
});
/** Every JSON type; `string` first, so completing the key inserts `key: `. */
const ANY_TYPE: JsonValue = ['string', 'number', 'boolean', 'object', 'array', 'null'];

/** Any value (or, with `extra`, a value shaped by it), documented. */
const anything = (md: string, extra: JsonObject = {}): JsonObject => ({ ...doc(md), ...extra });
/** A list of strings. */
const strings = (md: string, extra: JsonObject = {}): JsonObject => ({
  type: 'array',
  ...doc(md),
  items: { type: 'string' },
  ...extra,
});
/** An open mapping (unknown keys allowed) with documented known keys. */
const obj = (md: string, properties: JsonObject = {}, extra: JsonObject = {}): JsonObject => ({
  type: 'object',
  ...doc(md),
  properties,
  additionalProperties: true,
  ...extra,
});

/** Per-value docs of an enum (markdown; yaml-language-server escapes `enumDescriptions`). */
function enumDocs(values: readonly (readonly [string, string])[]): JsonObject {
  const texts = values.map(([, text]) => text);
  return { enumDescriptions: texts, markdownEnumDescriptions: texts };
}

/**
 * A string that completes the given values (each with its own description) but accepts any
 * string. The `enum` sits in an `anyOf` next to a plain string, so yaml-language-server's
 * completion (which recurses into `anyOf` and reads `enum` + `enumDescriptions`) offers the
 * values while validation passes for any string. The plain branch comes first so that a wrong
 * type is reported as "Incorrect type" and not as "Value is not accepted".
 */
function openEnum(
  md: string,
  values: readonly (readonly [string, string])[],
  extra: JsonObject = {},
): JsonObject {
  return {
    type: 'string',
    ...doc(md),
    anyOf: [
      { type: 'string' },
      {
        type: 'string',
        enum: values.map(([value]) => value),
        ...enumDocs(values),
      },
    ],
    ...extra,
  };
}

/** A strict enum: only the listed values are valid. */
function closedEnum(
  md: string,
  values: readonly (readonly [string, string])[],
  extra: JsonObject = {},
): JsonObject {
  return {
    type: 'string',
    ...doc(md),
    enum: values.map(([value]) => value),
    ...enumDocs(values),
    ...extra,
  };
}

/** A node id reference; {@link withNodeIds} adds the document's ids as completions. */
const nodeRef = (md: string): JsonObject => ({ type: 'string', ...doc(md), $comment: NODE_ID_REF });

/** `^x-` extension keys on the workflow, nodes and edges: any value. */
const EXTENSIONS: JsonObject = {
  '^x-': anything(
    'Extension field (`x-…`). OSOP reserves `x-` keys for tools and vendors; any value is allowed. ' +
      'No real file uses one; OSOP Canvas stores node positions in the top-level `x-layout`.',
  ),
};

// ---------------------------------------------------------------------------------------------
// Shared pieces.

const EXPLAIN = anything(
  'Explanation for readers: a string, or `{why, what, result}`. ' +
    'Used by 385 nodes (208 strings, 177 objects) and 48 edges (strings) in real files.',
  {
    anyOf: [
      { type: 'string' },
      {
        type: 'object',
        properties: {
          why: str('Why this step exists or this path is taken.'),
          what: str('What happens.'),
          result: str('What comes out of it.'),
        },
        additionalProperties: true,
      },
    ],
  },
);

/** A JSON-Schema fragment, as in `inputs`/`outputs` maps and the top-level `schemas`. */
const SCHEMA_FRAGMENT = anything(
  'JSON-Schema fragment describing the value, e.g. `{type: string}` or ' +
    '`{type: array, items: {type: object}}`. A plain string (a type name) is also read.',
  {
    type: ['object', 'string', 'boolean', 'null'],
    properties: {
      type: openEnum('JSON type of the value.', [
        ['string', 'Text.'],
        ['number', 'Any number.'],
        ['integer', 'Whole number.'],
        ['boolean', 'true / false.'],
        ['object', 'Mapping.'],
        ['array', 'List.'],
        ['null', 'null.'],
      ]),
      description: str('What the value is.'),
      enum: anything('Allowed values.', { type: 'array' }),
      items: anything('Schema of list items (for `type: array`).', { type: ['object', 'boolean'] }),
      properties: anything('Schemas of mapping keys (for `type: object`).', { type: 'object' }),
      required: strings('Required mapping keys (for `type: object`).'),
      default: anything('Value used when none is given.', { type: ANY_TYPE }),
    },
    additionalProperties: true,
  },
);

const IO_ITEM_OBJECT: JsonObject = {
  type: 'object',
  properties: {
    name: str('Name of the input/output (how conditions and later nodes refer to it).'),
    schema: anything(
      'Type or schema name of the value, e.g. `string`, `PRInfo`, or a key of the top-level `schemas`. ' +
        'Used by 103 list items in real files.',
      { type: ['string', 'object'] },
    ),
    required: bool('Whether the value must be present (default false). Used by 30 list items.'),
    description: str('What the value is.'),
    explain: EXPLAIN,
  },
  additionalProperties: true,
};

function io(which: 'inputs' | 'outputs', md: string): JsonObject {
  const noun = which === 'inputs' ? 'input' : 'output';
  return anything(md, {
    anyOf: [
      {
        type: 'array',
        items: {
          anyOf: [
            { type: 'string' },
            {
              ...IO_ITEM_OBJECT,
              ...doc(
                `An ${noun} as \`{name, schema, required, description}\`, or a one-key map ` +
                  '`name: expression` such as `head_sha: "data.head.sha"`.',
              ),
            },
          ],
        },
      },
      { type: 'object', additionalProperties: SCHEMA_FRAGMENT },
    ],
  });
}

const APPROVAL_GATE = anything(
  'Human approval required before (or after) this step: `true`, or an object. ' +
    'Used by 61 nodes (59 objects, 2 booleans); 14 more nodes put it inside `security`.',
  {
    anyOf: [
      { type: 'boolean' },
      {
        type: 'object',
        properties: {
          required: bool('Whether approval is required (default false). Used by 28 gates.'),
          approver_role: str('Role that may approve, e.g. `release-manager`. Used by 10 gates.'),
          approvers: strings('People or groups who may approve. Used by 13 gates.'),
          required_approvers: int('Number of approvals needed. Used by 31 gates.', { minimum: 0 }),
          min_approvals: int('Minimum number of approvals (same idea as `required_approvers`).', {
            minimum: 0,
          }),
          timeout_hours: num('Hours to wait for approval. Used by 7 gates.', { minimum: 0 }),
          timeout_min: num('Minutes to wait for approval. Used by 31 gates.', { minimum: 0 }),
          bypass_allowed: bool('Whether the gate may be bypassed (e.g. in emergencies).'),
          mandatory: bool('Whether the gate can never be skipped.'),
        },
        additionalProperties: true,
      },
    ],
  },
);

// ---------------------------------------------------------------------------------------------
// Node.

export const NODE_TYPES: readonly (readonly [string, string])[] = [
  ['agent', 'Core. AI/LLM agent (runtime: provider, model, system_prompt, tools). 327 real nodes.'],
  ['api', 'Core. HTTP/GraphQL/gRPC/webhook call (runtime: method, url, endpoint). 433 real nodes.'],
  ['cli', 'Core. Shell command or script (runtime.command). 515 real nodes.'],
  ['human', 'Core. Manual step: approval, review, input or decision. 281 real nodes.'],
  ['db', 'Extended. Database query, migration, backup or seed (runtime: engine, connection). 56.'],
  [
    'git',
    'Extended. Git commit, branch, merge, tag or pull request (runtime: action, branch). 70.',
  ],
  ['docker', 'Extended. Container build, push, run or compose (runtime: image, dockerfile). 25.'],
  ['cicd', 'Extended. CI/CD build, test, deploy, release or rollback (runtime: platform). 50.'],
  ['mcp', 'Extended. Model Context Protocol tool, resource or prompt (runtime: server, tool). 32.'],
  ['system', 'Extended. File, network, process or cron step; also routers and joins. 56.'],
  [
    'infra',
    'Extended. Terraform, CloudFormation, Pulumi, Kubernetes, Helm, Ansible (runtime.tool). 40.',
  ],
  ['data', 'Extended. Extract, transform, validate, load or aggregate data. 24.'],
  ['event', 'Extended. External event source or sink (webhook, queue, schedule). 6.'],
  ['gateway', 'Extended. Routing or parallel gateway. 1.'],
  ['company', 'Extended. An organisation in a cross-company process (see node `company`). 3.'],
  ['department', 'Extended. A department or team. Used by the osop-editor; no real file yet.'],
];

const SUBTYPES: readonly (readonly [string, string])[] = [
  ['llm', 'agent: single LLM call.'],
  ['rag', 'agent: retrieval-augmented generation.'],
  ['classifier', 'agent: classifies the input.'],
  ['planner', 'agent: plans the work of others.'],
  ['multi-agent', 'agent: a team of agents.'],
  ['worker', 'agent: worker spawned by a coordinator.'],
  ['coordinator', 'agent: coordinates sub-agents.'],
  ['explore', 'agent: explores code or data.'],
  ['approval', 'human: approve or reject.'],
  ['review', 'human: review work.'],
  ['input', 'human: provide input.'],
  ['decision', 'human: make a decision.'],
  ['rest', 'api: REST call.'],
  ['graphql', 'api: GraphQL call.'],
  ['grpc', 'api: gRPC call.'],
  ['webhook', 'api: webhook.'],
  ['soap', 'api: SOAP call.'],
  ['script', 'cli: script.'],
  ['binary', 'cli: binary.'],
  ['repl', 'cli: REPL session.'],
  ['test', 'cli/cicd: run tests.'],
  ['query', 'db: query.'],
  ['migration', 'db: schema migration.'],
  ['backup', 'db: backup.'],
  ['seed', 'db: seed data.'],
  ['commit', 'git: commit.'],
  ['branch', 'git: branch.'],
  ['merge', 'git: merge.'],
  ['tag', 'git: tag.'],
  ['pr', 'git/cli: pull request.'],
  ['build', 'docker/cicd: build.'],
  ['push', 'docker: push image.'],
  ['run', 'docker: run container.'],
  ['compose', 'docker: compose.'],
  ['deploy', 'cicd: deploy.'],
  ['release', 'cicd: release.'],
  ['rollback', 'cicd: rollback.'],
  ['github-actions', 'cicd/cli: GitHub Actions.'],
  ['gitlab-ci', 'cicd: GitLab CI.'],
  ['jenkins', 'cicd/cli: Jenkins.'],
  ['tool', 'mcp/agent: tool call.'],
  ['resource', 'mcp: resource read.'],
  ['prompt', 'mcp: prompt.'],
  ['sampling', 'mcp: sampling.'],
  ['file', 'system: file operation.'],
  ['network', 'system: network operation.'],
  ['process', 'system: process.'],
  ['cron', 'system: scheduled job.'],
  ['router', 'system/cli: routes to one of several branches.'],
  ['parallel', 'system/cli/gateway: forks parallel branches.'],
  ['join', 'system: waits for parallel branches.'],
  ['polling', 'system: polls until a condition holds.'],
  ['terraform', 'infra: Terraform.'],
  ['cloudformation', 'infra: CloudFormation.'],
  ['pulumi', 'infra: Pulumi.'],
  ['k8s', 'infra: Kubernetes.'],
  ['helm', 'infra: Helm.'],
  ['extract', 'data: extract.'],
  ['transform', 'data: transform.'],
  ['validate', 'data: validate.'],
  ['load', 'data: load.'],
  ['aggregate', 'data: aggregate.'],
];

const HTTP_METHODS: readonly (readonly [string, string])[] = [
  ['GET', 'Read.'],
  ['POST', 'Create or submit.'],
  ['PUT', 'Replace.'],
  ['PATCH', 'Update part.'],
  ['DELETE', 'Delete.'],
  ['HEAD', 'Headers only.'],
  ['OPTIONS', 'Capabilities.'],
];

const RUNTIME = obj(
  'How the step runs: provider/model for `agent`, method/url for `api`, command for `cli`, … ' +
    'Any keys are allowed (real files use ~100 different ones); common ones are documented. ' +
    'Used by 1223 nodes.',
  {
    provider: openEnum('AI provider. For `agent` nodes (187 nodes).', [
      ['anthropic', 'Anthropic (125 real nodes).'],
      ['openai', 'OpenAI (38).'],
      ['google', 'Google (7).'],
      ['cohere', 'Cohere (1).'],
    ]),
    model: str('Model id, e.g. `claude-sonnet-4-20250514`. For `agent` nodes (211 nodes).'),
    system_prompt: str('System prompt for the model. For `agent` nodes (36 nodes).'),
    temperature: num('Sampling temperature, 0–2. For `agent` nodes.', { minimum: 0, maximum: 2 }),
    max_tokens: int('Maximum output tokens. For `agent` nodes.', { minimum: 1 }),
    tools: anything('Tools (e.g. MCP tool names) the agent may call. For `agent` nodes.', {
      type: 'array',
    }),
    config: obj(
      'Engine-specific settings (often `temperature`, `max_tokens`, `system_prompt`). Used by 92 runtimes.',
    ),
    method: openEnum(
      'HTTP method. For `api` nodes (325 nodes; `POST` 243, `GET` 61).',
      HTTP_METHODS,
    ),
    url: str('Base URL or full URL. For `api` nodes (320 nodes).'),
    endpoint: str('Path or endpoint, often relative to `url`. For `api` nodes (299 nodes).'),
    headers: anything('HTTP headers, e.g. `Authorization: Bearer ${TOKEN}`. For `api` nodes.', {
      type: 'object',
    }),
    body: anything('Request body (mapping or string). For `api` nodes (47 nodes).', {
      type: ['object', 'string', 'array'],
    }),
    body_template: anything('Request body template (string or mapping), as named by the schema.', {
      type: ['object', 'string'],
    }),
    content_type: str('Request content type, e.g. `application/json`.'),
    auth: anything('Authentication: a scheme name or `{type, secret_ref}`.', {
      type: ['string', 'object'],
    }),
    command: str(
      'Shell command to run. For `cli` nodes (423 nodes); block scalars (`|`) are common.',
    ),
    shell: str('Shell interpreter, e.g. `bash`. For `cli` nodes.'),
    os: openEnum('Operating system the command runs on (77 nodes).', [
      ['linux', 'Linux (38 real nodes).'],
      ['macos', 'macOS (27).'],
      ['windows', 'Windows (12).'],
    ]),
    working_directory: str('Directory the command runs in.'),
    env: anything('Environment variables for the step.', { type: 'object' }),
    image: str('Container image. For `docker`/`cli` nodes.'),
    dockerfile: str('Dockerfile path. For `docker` nodes.'),
    compose_file: str('Compose file path. For `docker` nodes.'),
    context: str('Build context. For `docker` nodes.'),
    registry: str('Container registry. For `docker` nodes.'),
    action: str('Operation to perform, e.g. `commit`, `deploy`, `apply` (137 nodes).'),
    tool: str('Tool to use: an infra tool (`terraform`, `helm`, …) or an MCP tool (74 nodes).'),
    tool_name: str('MCP tool name. For `mcp` nodes.'),
    server: str('MCP server. For `mcp` nodes.'),
    arguments: anything('Arguments passed to an MCP tool.', { type: 'object' }),
    repo: str('Repository. For `git` nodes.'),
    repository: str('Repository (same as `repo`).'),
    branch: str('Git branch. For `git`/`cicd` nodes.'),
    message: str('Commit or notification message.'),
    platform: str('CI/CD platform, e.g. `github-actions` (27 nodes).'),
    environment: anything(
      'Target environment, e.g. `staging` (a string in real files; a map in SPEC).',
      {
        type: ['string', 'object'],
      },
    ),
    engine: str('Database or data engine, e.g. `postgres`, `bigquery` (100 nodes).'),
    connection: str('Connection string or reference (54 nodes).'),
    table: str('Database table.'),
    query: str('Query text.'),
    namespace: str('Kubernetes namespace.'),
    timeout: anything('Runtime timeout as a duration (`"5m"`) or seconds.', {
      type: ['string', 'number'],
    }),
  },
);

const SECURITY_NODE = obj(
  'Security of this step: credentials, secrets, permissions, risk. Used by 272 nodes; any keys allowed.',
  {
    credentials: anything(
      'Credentials the step needs (names, e.g. `KUBECONFIG`). Used by 73 nodes; listed as secrets in the details panel.',
      { type: ['array', 'string'] },
    ),
    secrets: anything('Secret names the step reads. Used by 26 nodes.', {
      type: ['array', 'string'],
    }),
    secret_ref: str('Reference to one secret, e.g. `vault://…`. Used by 54 nodes.'),
    auth: anything('Authentication scheme, e.g. `oauth2`, `api_key`. Used by 63 nodes.', {
      type: ['string', 'object'],
    }),
    risk_level: openEnum('How risky the step is. Used by 108 nodes.', [
      ['low', 'Low risk (44 nodes).'],
      ['medium', 'Medium risk (37 nodes).'],
      ['high', 'High risk (19 nodes).'],
      ['critical', 'Critical (8 nodes).'],
    ]),
    permissions: strings('Permissions the step needs, e.g. `repo:write`. Used by 39 nodes.'),
    approval_gate: APPROVAL_GATE,
    access_control: str('Access-control policy.'),
    data_classification: str('Classification of the data handled, e.g. `confidential`.'),
    encryption: str('Encryption requirement.'),
    model_governance: anything('Model governance policy (string or mapping).', {
      type: ['string', 'object'],
    }),
    run_as: str('User the step runs as.'),
    sudo: bool('Whether the step needs root.'),
    sandbox: bool('Whether the step runs sandboxed.'),
  },
);

const RETRY_POLICY = obj(
  'Retries on failure (the schema form real files use; 148 nodes). The VS Code schema spelling ' +
    '`backoff`/`delay_sec` is read too.',
  {
    max_retries: num('Retries after the first attempt (default 0). Used by all 148 policies.', {
      minimum: 0,
    }),
    strategy: openEnum('Delay strategy between attempts (default `fixed`).', [
      ['fixed', 'Same delay every time (10 nodes).'],
      ['exponential_backoff', 'Delay doubles each attempt (9 nodes).'],
    ]),
    backoff_sec: num('Delay between attempts in seconds (144 nodes).', { minimum: 0 }),
    backoff: openEnum('VS Code schema spelling of `strategy`.', [
      ['fixed', 'Same delay every time.'],
      ['linear', 'Delay grows linearly.'],
      ['exponential', 'Delay doubles each attempt.'],
    ]),
    delay_sec: num('VS Code schema spelling of `backoff_sec`.', { minimum: 0 }),
    max_attempts: num('Total attempts including the first (SPEC spelling).', { minimum: 0 }),
  },
);

const RETRY_SPEC = obj(
  'Retries in the SPEC.md form `{max_attempts, backoff{…}, retryable_errors}`. ' +
    'Real files use `retry_policy` instead (no node uses `retry`).',
  {
    max_attempts: num('Total attempts including the first.', { minimum: 0 }),
    backoff: anything(
      'Backoff: `{type, initial_delay, max_delay, multiplier}` or a strategy name.',
      {
        type: ['object', 'string'],
        properties: {
          type: str('Backoff type, e.g. `exponential`, `fixed`.'),
          initial_delay: anything('First delay, e.g. `"10s"`.', { type: ['string', 'number'] }),
          max_delay: anything('Longest delay, e.g. `"5m"`.', { type: ['string', 'number'] }),
          multiplier: num('Growth factor of the delay.'),
        },
      },
    ),
    retryable_errors: strings('Error kinds that trigger a retry.'),
  },
);

const NODE_PROPERTIES: JsonObject = {
  id: str(
    'Unique node id within the workflow; edges refer to it in `from`/`to`. ' +
      'Real ids are snake_case (1441), kebab-case (144) or one word (334).',
    { minLength: 1 },
  ),
  type: openEnum(
    'Node type. The 4 core types (`agent`, `api`, `cli`, `human`) and the extended ones are ' +
      'completed; any other string is accepted and drawn with a generic style.',
    NODE_TYPES,
  ),
  subtype: openEnum(
    'Free-form refinement of `type`, e.g. `llm`, `rest`, `review`, `pr`. Used by 540 nodes.',
    SUBTYPES,
  ),
  name: str(
    'Display name of the step (644 nodes). The canvas shows `name ?? label ?? purpose ?? description ?? id`.',
  ),
  purpose: str(
    'What the step is for (1403 nodes; required by the full OSOP schema). ' +
      'Shown as the label when there is no `name`.',
  ),
  description: str('Longer description of the step (513 nodes).'),
  label: str('Display label used instead of `name` by some files (14 nodes, a7seo-mcp).'),
  runtime: RUNTIME,
  inputs: io(
    'inputs',
    'What the step receives, in any of three forms: a list of names `[a, b]` (787 nodes), ' +
      'a list of `{name, schema, required, description}` (75), or a map `{name: {type: …}}` (3).',
  ),
  outputs: io(
    'outputs',
    'What the step produces; conditions refer to these names. Same forms as `inputs`: names ' +
      '(867 nodes), `{name, …}` objects (74), a map (6), or one-key maps `- head_sha: "data.head.sha"` (8).',
  ),
  timeout_sec: num('Timeout of the step in seconds. Used by 556 nodes.', { minimum: 0 }),
  timeout: anything(
    'Timeout as a duration, e.g. `"10m"` (SPEC.md form; real nodes use `timeout_sec`).',
    {
      type: ['string', 'number'],
    },
  ),
  retry_policy: RETRY_POLICY,
  retry: RETRY_SPEC,
  security: SECURITY_NODE,
  approval_gate: APPROVAL_GATE,
  explain: EXPLAIN,
  role: str('Who performs the step, e.g. `developer`, `reviewer`, `sre_oncall` (168 nodes).'),
  owner: str('Team or person responsible for the step.'),
  parent: nodeRef('Id of the agent node that spawns this one (`spawn` edges). Used by 10 nodes.'),
  spawn_policy: obj('Limits for agents this node spawns (OSP-0001). Used by 4 nodes.', {
    max_children: int('Most children at once.', { minimum: 1 }),
    child_tools: strings('Tools children may use.'),
    can_spawn_children: bool('Whether children may spawn their own children (default false).'),
  }),
  handoff: obj('What this step hands to the next one (21 nodes).', {
    summary_for_next_node: str('Summary passed on.'),
    expected_output: str('What the next step should receive.'),
    escalation: str('Where to escalate if the handoff fails.'),
    from: nodeRef('Node the handoff comes from.'),
    context_keys: strings('Context keys passed on.'),
  }),
  success_criteria: strings('Conditions that mean the step succeeded (17 nodes).'),
  failure_modes: strings('Known ways the step can fail (11 nodes).'),
  idempotency: obj('Whether re-running the step is safe (5 nodes).', {
    enabled: bool('Whether the step is idempotent (default false).'),
    key: str('Expression giving the idempotency key.'),
  }),
  observability: obj('Logging and metrics of the step (3 nodes).', {
    log: bool('Whether to log the step (default true).'),
    metrics: strings(
      'Metrics to emit, e.g. `duration_ms`, `retry_count`, `success_rate`, `cost_units`.',
    ),
  }),
  cost: obj('Estimated cost of the step (8 nodes).', {
    estimated: num('Estimated cost.'),
    currency: str('Currency, e.g. `USD`.'),
    budget_ref: str('Budget the cost is charged to.'),
  }),
  message_contract: obj('Message contract for what this step sends to the next (6 nodes).', {
    format: str('Message format, e.g. `json`.'),
    schema: anything('Shape of the message.', { type: 'object' }),
  }),
  config: obj(
    'Step settings outside `runtime` (43 nodes in older files); read as the runtime when there is no `runtime`.',
  ),
  command: anything('Shell command at node level (osop CLI fixtures); same as `runtime.command`.', {
    type: ['string', 'array'],
  }),
  workflow_ref: str(
    'Id or URI of an imported workflow (top-level `imports`) that runs as this node (v1.1).',
  ),
  workflow_inputs: obj('Inputs passed to the sub-workflow of `workflow_ref` (v1.1).'),
  pool: str('Swimlane pool (organisation) of the node, as used by the osop-editor (7 nodes).'),
  lane: str('Swimlane lane (team or role) of the node, as used by the osop-editor (5 nodes).'),
  company: obj('The organisation a `company` node stands for (3 nodes).', {
    name: str('Company name.'),
    role: str('Its role in the process, e.g. `supplier`.'),
    contact: str('Contact.'),
    sla: str('Service-level agreement.'),
  }),
};

const NODE: JsonObject = {
  type: 'object',
  ...doc(
    'One step of the workflow. `id` and `type` are required; any other key is allowed ' +
      '(real files use many), the common ones are documented.',
  ),
  required: ['id', 'type'],
  properties: NODE_PROPERTIES,
  patternProperties: EXTENSIONS,
  additionalProperties: true,
  defaultSnippets: [
    {
      label: 'agent node',
      description: 'An AI agent step.',
      body: {
        id: '${1:node_id}',
        type: 'agent',
        purpose: '${2:What the agent does}',
        runtime: { provider: '${3:anthropic}', model: '${4:claude-sonnet-4}' },
        outputs: ['${5:result}'],
      },
    },
    {
      label: 'api node',
      description: 'An HTTP call.',
      body: {
        id: '${1:node_id}',
        type: 'api',
        purpose: '${2:What the call does}',
        runtime: {
          method: '${3:GET}',
          url: '${4:https://api.example.com}',
          endpoint: '${5:/v1/items}',
        },
      },
    },
    {
      label: 'cli node',
      description: 'A shell command.',
      body: {
        id: '${1:node_id}',
        type: 'cli',
        purpose: '${2:What the command does}',
        runtime: { command: '${3:make test}' },
        timeout_sec: 300,
      },
    },
    {
      label: 'human node',
      description: 'A manual approval or review.',
      body: {
        id: '${1:node_id}',
        type: 'human',
        subtype: '${2:approval}',
        purpose: '${3:Who decides what}',
        outputs: ['${4:approved}'],
      },
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Edge.

export const EDGE_MODES: readonly (readonly [string, string])[] = [
  [
    'sequential',
    'Default. Run the target after the source completes. 1091 edges, plus 117 without `mode`.',
  ],
  ['conditional', 'Run the target only if `when` (or `condition`) is true. 275 edges.'],
  [
    'parallel',
    'Fork: the target runs alongside the other parallel targets; joined at the next node. 186 edges.',
  ],
  ['fallback', 'Run the target if the source fails. 114 edges.'],
  ['error', 'Run the target on an error (matching `when`, if given). 41 edges.'],
  ['loop', 'Repeat while `when` holds, or once per item of `for_each`. 37 edges.'],
  ['spawn', 'The source agent spawns the target as a child agent (`spawn_count`). 12 edges.'],
  ['event', 'Run the target when an external event matching `when` arrives. 5 edges.'],
  ['switch', 'Route on the value of `when` over `cases`, else `default_to` (v1.1). 1 edge.'],
  ['timeout', 'Run the target if the source times out.'],
  ['dataflow', 'Data flows from source to target (osop-editor). 20 edges.'],
  ['message', 'The source sends a message to the target (agent to agent). 3 edges.'],
  ['compensation', 'Undo step for the source (saga compensation). No real file yet.'],
  ['signal', 'The source signals the target. No real file yet.'],
  ['weighted', 'Weighted or probabilistic routing. No real file yet.'],
];

const CONDITION_TYPES = ['string', 'boolean', 'number'];

const CASE_ITEM: JsonObject = {
  type: 'object',
  ...doc('One case of a `switch` edge: when `when` evaluates to `value`, go to `to`.'),
  required: ['to'],
  properties: {
    value: anything('Value of the `when` expression that selects this case.', {
      type: ['string', 'number', 'boolean', 'null'],
    }),
    to: nodeRef('Node to run for this case.'),
  },
  additionalProperties: true,
};

const EDGE_PROPERTIES: JsonObject = {
  from: nodeRef('Id of the source node.'),
  to: nodeRef('Id of the target node.'),
  mode: openEnum(
    'How control passes from `from` to `to`. Missing means `sequential`. Known modes are ' +
      'completed; other strings are accepted and drawn generically.',
    EDGE_MODES,
    { default: 'sequential' },
  ),
  when: anything(
    'Condition (meant to be CEL, e.g. `error_rate_10 < 0.01`) for `conditional`, `loop`, `error` ' +
      'and `event` edges; for `switch`, the value expression. Shown verbatim. Used by 121 edges; ' +
      '`condition` is an alias (real files use both, never both on one edge).',
    { type: CONDITION_TYPES },
  ),
  condition: anything(
    'Alias of `when` (real files use both — 235 edges use `condition` — never both on one edge).',
    { type: CONDITION_TYPES },
  ),
  label: str('Text drawn on the edge (197 edges).'),
  explain: EXPLAIN,
  join_mode: closedEnum(
    'How the target joins parallel branches, on an edge entering the join node (v1.1). ' +
      'The VS Code schema spellings `all`/`any`/`count` are read too.',
    [
      ['wait_all', 'Wait for every incoming branch (default).'],
      ['wait_any', 'Continue when the first branch arrives.'],
      ['wait_n', 'Continue after `join_count` branches.'],
      ['all', 'VS Code schema spelling of `wait_all`.'],
      ['any', 'VS Code schema spelling of `wait_any`.'],
      ['count', 'VS Code schema spelling of `wait_n`.'],
    ],
    { default: 'wait_all' },
  ),
  join_count: int('Number of branches to wait for with `join_mode: wait_n` (v1.1).', {
    minimum: 1,
  }),
  cases: anything(
    'Routing table of a `switch` edge (v1.1): a list `[{value, to}]`, or a map `{value: node_id}` ' +
      '(VS Code schema form).',
    {
      anyOf: [
        { type: 'array', items: CASE_ITEM },
        { type: 'object', additionalProperties: nodeRef('Node to run for this case value.') },
      ],
    },
  ),
  default_to: nodeRef('Node to run when no `cases` entry matches (`switch` edges, v1.1).'),
  for_each: str(
    'Expression giving the list a `loop` edge iterates over, e.g. `outputs.fetch.rows` (v1.1).',
  ),
  iterator_var: str(
    'Name of the current item in a `for_each` loop, visible as `${loop.<name>}` (v1.1).',
  ),
  spawn_count: int('How many child agents a `spawn` edge creates (default 1).', { minimum: 1 }),
  contract: anything('Data contract of the edge (SPEC.md §5.1).', { type: ['object', 'string'] }),
  transform: anything('Transformation applied to data on the edge (SPEC.md §5.1).', {
    type: ['string', 'object'],
  }),
  metadata: obj('Free-form edge metadata (SPEC.md §5.1).'),
  protocol: str('Transport of a cross-company edge, e.g. `EDI` (1 edge).'),
  sla: str('Service-level agreement of a cross-company edge (1 edge).'),
};

const EDGE: JsonObject = {
  type: 'object',
  ...doc(
    'A connection between two nodes. `from` and `to` are required; edges have no id. ' +
      'Cycles, self-loops and repeated pairs are normal.',
  ),
  required: ['from', 'to'],
  properties: EDGE_PROPERTIES,
  patternProperties: EXTENSIONS,
  additionalProperties: true,
  defaultSnippets: [
    {
      label: 'edge',
      description: 'A sequential edge.',
      body: { from: '${1:source}', to: '${2:target}' },
    },
    {
      label: 'conditional edge',
      description: 'Taken only when the condition holds.',
      body: {
        from: '${1:source}',
        to: '${2:target}',
        mode: 'conditional',
        when: '${3:approved == true}',
        label: '${4:approved}',
      },
    },
    {
      label: 'parallel edge',
      description: 'Runs the target alongside the other parallel targets.',
      body: { from: '${1:source}', to: '${2:target}', mode: 'parallel' },
    },
    {
      label: 'fallback edge',
      description: 'Taken when the source fails.',
      body: { from: '${1:source}', to: '${2:target}', mode: 'fallback' },
    },
    {
      label: 'switch edge',
      description: 'Routes on a value.',
      body: {
        from: '${1:source}',
        to: '${2:target}',
        mode: 'switch',
        when: '${3:outputs.source.kind}',
        cases: [{ value: '${4:value}', to: '${2:target}' }],
        default_to: '${5:other}',
      },
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Top level.

const VERSION_PATTERN = '^[0-9]+\\.[0-9]+(\\.[0-9]+)?$';

const versionField = (md: string, extra: JsonObject = {}): JsonObject =>
  anything(md, {
    // Number first: an unquoted `1.0` is the YAML number 1; the number branch is accepted but its
    // deprecationMessage makes yaml-language-server show a hint instead of a type error.
    anyOf: [
      {
        type: 'number',
        deprecationMessage:
          'Quote the version: an unquoted 1.0 is read as the number 1. Write "1.0".',
      },
      { type: 'string', pattern: VERSION_PATTERN },
    ],
    examples: ['1.0'],
    ...extra,
  });

const X_LAYOUT: JsonObject = {
  type: 'object',
  ...doc(
    'OSOP Canvas layout (an `x-` extension): the layout direction and the nodes pinned by dragging. ' +
      '"Auto layout" removes `nodes`; entries for unknown ids are ignored.',
  ),
  properties: {
    direction: closedEnum('Direction the graph flows. Default `DOWN`.', [
      ['DOWN', 'Top to bottom (default).'],
      ['RIGHT', 'Left to right.'],
    ]),
    nodes: {
      type: 'object',
      ...doc(
        'Pinned node positions: `node_id: { x: 240, y: 180 }`. Other nodes are placed automatically.',
      ),
      properties: {},
      additionalProperties: {
        type: 'object',
        ...doc('Position of a pinned node (top-left corner, canvas units).'),
        required: ['x', 'y'],
        properties: {
          x: num('Horizontal position.'),
          y: num('Vertical position.'),
        },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
};

const TOP_PROPERTIES: JsonObject = {
  osop_version: versionField(
    'OSOP format version, as a quoted string: `"1.0"` (235 real files), `"2.0"` (52), `"1.0.0"`, `"1.1"`. ' +
      'No version changes the shape.',
  ),
  osop: versionField(
    'Legacy spelling of `osop_version` (10 real files: osop-editor, a7seo-mcp). Prefer `osop_version`.',
    { doNotSuggest: true },
  ),
  id: str('Workflow id, e.g. `k8s-rollout` (292 of 305 real files).', { minLength: 1 }),
  name: str('Human-readable workflow name (303 files).'),
  description: str('What the workflow does and why (159 files).'),
  version: str('Version of this workflow (SemVer), e.g. `"1.2.0"` (58 files).'),
  tags: strings('Classification tags (118 files).'),
  owner: str('Team or person responsible (14 files).'),
  metadata: obj('Free-form metadata (8 files).', {
    created_at: str('Creation time (ISO 8601).'),
    updated_at: str('Last update (ISO 8601).'),
    creation_date: str('Creation date (older files).'),
    version: str('Version noted in the metadata.'),
    change_summary: str('What changed in this version.'),
    author: str('Author.'),
  }),
  visibility: openEnum('Who may see the workflow (9 files).', [
    ['public', 'Anyone.'],
    ['private', 'Its owners only.'],
  ]),
  status: openEnum('Lifecycle status of the definition (6 files).', [
    ['draft', 'Being written.'],
    ['active', 'In use (default).'],
    ['deprecated', 'Being phased out.'],
    ['template', 'A template to copy.'],
  ]),
  usage: openEnum('What this file is for (6 files).', [
    ['plan', 'A plan.'],
    ['execution', 'Meant to be executed (default).'],
    ['template', 'A template.'],
    ['reference', 'A reference description.'],
  ]),
  workflow_type: obj('Kind of workflow (11 files).', {
    primary: str('Main kind, e.g. `cicd`, `data_pipeline`, `agent_orchestration`.'),
    secondary: strings('Further kinds.'),
  }),
  extends: str('Id or path of a base workflow this one extends.'),
  roles: strings('Roles taking part in the workflow.'),
  variables: obj('Workflow-level variables.'),
  imports: strings(
    'URIs of workflows used by `workflow_ref` nodes, e.g. `./etl-extract.osop` (v1.1).',
  ),
  env: obj('Environment variables for the whole workflow.'),
  platforms: strings('Target platforms, e.g. `linux`, `macos`, `web`, `any`.'),
  conformance_level: int(
    'Declared conformance level: 0 descriptive, 1 validatable, 2 executable, 3 observable.',
    {
      minimum: 0,
      maximum: 3,
    },
  ),
  schemas: obj(
    'Named JSON-Schema fragments that `inputs`/`outputs` refer to (7 files).',
    {},
    {
      additionalProperties: SCHEMA_FRAGMENT,
    },
  ),
  message_contracts: anything('Contracts of messages between nodes (1 file).', {
    type: 'array',
    items: obj('One message contract.', {
      id: str('Contract id.'),
      producer: nodeRef('Node that sends the message.'),
      consumer: nodeRef('Node that receives it.'),
      kind: openEnum('Kind of message.', [
        ['task', 'A task.'],
        ['result', 'A result.'],
        ['state', 'State.'],
        ['error', 'An error.'],
        ['event', 'An event.'],
      ]),
      format: openEnum('Encoding.', [
        ['json', 'JSON.'],
        ['text', 'Text.'],
      ]),
      schema_ref: str('Key of the top-level `schemas`.'),
    }),
  }),
  tests: anything('Test cases for the workflow (5 files).', {
    type: 'array',
    items: obj('One test case.', {
      id: str('Test id.'),
      type: openEnum('Kind of test.', [
        ['unit', 'One node.'],
        ['integration', 'Several nodes.'],
        ['e2e', 'The whole workflow.'],
        ['simulation', 'A simulated run.'],
      ]),
      target_node: nodeRef('Node under test.'),
      run: str('What to run, e.g. `full_workflow`.'),
      input: obj('Input values.'),
      expect: obj('Expected results.'),
      mocks: obj('Mocked nodes or services.'),
      failure_injection: obj('Failures to inject.'),
    }),
  }),
  views: anything('Renderings that apply: `graph`, `story`, `role`, `debug`, `agent` (8 files).', {
    type: 'array',
    items: openEnum('A view.', [
      ['graph', 'Graph view.'],
      ['story', 'Narrative view.'],
      ['role', 'Per-role view.'],
      ['debug', 'Debug view.'],
      ['agent', 'Agent view.'],
    ]),
  }),
  security: obj('Workflow-wide security settings.', {
    secrets_provider: str('Where secrets come from, e.g. `vault`, `aws_secrets_manager`.'),
    default_permissions: strings('Permissions every node gets.'),
    approval_required_for: strings('Kinds of steps that need approval.'),
    authentication: anything('Authentication settings (SPEC.md §8).', { type: ANY_TYPE }),
    authorization: anything('Authorization settings (SPEC.md §8).', { type: ANY_TYPE }),
    secrets: anything('Secrets used by the workflow (SPEC.md §8).', { type: ANY_TYPE }),
  }),
  observability: obj('Workflow-wide logging and tracing (3 files).', {
    tracing: anything('Whether (or how) to trace runs.', { type: ['boolean', 'object'] }),
    log_level: str('Log level, e.g. `info`.'),
    audit_trail: anything('Audit-trail requirement, e.g. `required`.', {
      type: ['string', 'boolean', 'object'],
    }),
  }),
  evolution: obj('How the workflow improves itself from feedback (7 files).', {
    enabled: bool('Whether evolution is on.'),
    strategy: str('How changes are proposed, e.g. `ai_assisted`, `manual`.'),
    feedback_sources: strings('Feedback used, e.g. `logs`, `metrics`, `human_feedback`.'),
    output: obj('How proposals are delivered.', {
      mode: str('e.g. `pull_request`, `patch_only`.'),
      require_human_approval: bool('Whether a person must approve proposals.'),
    }),
  }),
  ledger: obj('Run ledger: where execution records are kept (14 files).', {
    enabled: bool('Whether runs are recorded.'),
    store: str('Record store, e.g. `postgres`.'),
    storage: str('Storage location, e.g. `s3://…`.'),
    artifact_store: str('Artifact store, e.g. `s3`.'),
  }),
  timeout_sec: num('Timeout of the whole workflow in seconds; cascades to nodes (v1.1, 2 files).', {
    minimum: 0,
  }),
  triggers: anything('What starts the workflow (no real file uses it yet).', {
    type: 'array',
    items: obj('One trigger.', {
      type: openEnum('Trigger kind.', [
        ['manual', 'Started by a person.'],
        ['cron', 'On a schedule.'],
        ['schedule', 'On a schedule (SPEC spelling).'],
        ['webhook', 'By an incoming webhook.'],
        ['git_push', 'By a git push.'],
        ['event', 'By an event.'],
        ['api', 'By an API call.'],
        ['file_watch', 'When a file changes.'],
      ]),
      config: obj('Trigger settings, e.g. a cron expression or a filter.'),
    }),
  }),
  inputs: obj(
    'Workflow inputs as a map `{name: {type, description, default}}` (SPEC.md form; 1 file).',
    {},
    {
      additionalProperties: SCHEMA_FRAGMENT,
    },
  ),
  outputs: obj(
    'Workflow outputs as a map `{name: {type, description}}` (SPEC.md form).',
    {},
    {
      additionalProperties: SCHEMA_FRAGMENT,
    },
  ),
  contracts: obj('Data contracts (SPEC.md §3).'),
  contract: obj('Guarantees of the workflow (1 file).', {
    guarantees: strings('What the workflow guarantees.'),
  }),
  retry: RETRY_SPEC,
  timeout: anything('Workflow timeout as a duration, e.g. `"30m"` (SPEC.md form; 1 file).', {
    type: ['string', 'number'],
  }),
  extensions: obj('Extension settings (SPEC.md §3).'),
  nodes: {
    type: 'array',
    ...doc(
      'The steps of the workflow, as a list (`- id: …`). Each node needs `id` and `type`. ' +
        'Real files have 2–30 nodes.',
    ),
    items: NODE,
  },
  edges: {
    type: 'array',
    ...doc(
      'Connections between nodes, as a list (`- from: … to: …`). May be omitted for a single node ' +
        '(10 real files).',
    ),
    items: EDGE,
  },
  'x-layout': X_LAYOUT,
};

/**
 * The OSOP workflow schema for the YAML editor. Draft-07; unknown node and edge keys are allowed,
 * unknown top-level keys are not (except `x-…`), so typos like `edge:` are flagged.
 */
export const OSOP_EDITOR_SCHEMA: JsonObject = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $comment:
    'Written for OSOP Canvas (Apache-2.0). Field descriptions adapted from the OSOP JSON Schemas ' +
    'by Archie0125 — osop-spec schema/osop.schema.json and schema/osop-core.schema.json, and ' +
    'osop-vscode schemas/osop.schema.json — licensed under the Apache License 2.0; shape and ' +
    'counts follow the 305 real workflows in shared/corpus (see shared/spec/FORMAT.md).',
  title: 'OSOP workflow',
  ...doc(
    'An OSOP workflow: `nodes` (steps) connected by `edges`. ' +
      'See the OSOP spec (osop-spec) for the format.',
  ),
  type: 'object',
  properties: TOP_PROPERTIES,
  patternProperties: EXTENSIONS,
  additionalProperties: false,
  defaultSnippets: [
    {
      label: 'OSOP workflow',
      description: 'A new workflow with two nodes and one edge.',
      body: {
        // '^' = insert as written: a bare 1.0 would be the YAML number 1.
        osop_version: '^"1.0"',
        id: '${1:my-workflow}',
        name: '${2:My workflow}',
        nodes: [
          { id: '${3:start}', type: '${4:cli}', purpose: '${5:First step}' },
          { id: '${6:review}', type: 'human', purpose: '${7:Second step}' },
        ],
        edges: [{ from: '${3:start}', to: '${6:review}' }],
      },
    },
  ],
};

// ---------------------------------------------------------------------------------------------

function isObject(value: JsonValue): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mapJson(value: JsonValue, fn: (o: JsonObject) => JsonObject | undefined): JsonValue {
  if (Array.isArray(value)) return value.map((v: JsonValue) => mapJson(v, fn));
  if (!isObject(value)) return value;
  const replaced = fn(value);
  if (replaced !== undefined) return replaced;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapJson(v, fn)]));
}

/**
 * A copy of `schema` in which every node-id field (edge `from`, `to`, `default_to`, `cases[].to`,
 * the `cases` map values, node `parent`, …) completes `ids`, and `x-layout.nodes` completes them
 * as keys. Other strings stay valid: unknown ids are the model's diagnostics, not the schema's.
 *
 * Why `anyOf: [{type: string}, {type: string, enum: ids}]` and not `examples: ids` — from the
 * yaml-language-server inside monaco-yaml 5.5.1 (node_modules/monaco-yaml/yaml.worker.js):
 * - Both complete: value completion (`addSchemaValueCompletions`) calls `addEnumValueCompletions`
 *   (`enum`, `const`) and `addDefaultValueCompletions` (`default`, `examples`, `defaultSnippets`)
 *   and recurses into `anyOf`/`oneOf`/`allOf`.
 * - Neither rejects other strings: `examples` is not validated, and `anyOf` validation
 *   (`testAlternatives` → `genericComparison` → `compareGeneric`) keeps the alternative without
 *   problems. (A bare `enum: ids` would report "Value is not accepted" for every unknown id.)
 * - Hover (`doHover`) prints every `examples` entry as a YAML code block on every hover of the
 *   field; the enum branch is listed ("Allowed Values") only when the value is one of the ids.
 * - `getInsertTextForValue` quotes only for `type: string` schemas, so the enum branch quotes ids
 *   like `"10"` or `"true"` that would otherwise not stay strings.
 * - The plain branch comes first so an empty value reads "Incorrect type. Expected string"
 *   rather than "Value is not accepted. Valid values: …".
 * languageService.test.ts runs that engine in Node and checks all of this.
 */
export function withNodeIds(schema: JsonObject, ids: readonly string[]): JsonObject {
  const unique = [...new Set(ids)].filter((id) => id !== '');
  const copy = mapJson(schema, (o) => {
    if (o['$comment'] !== NODE_ID_REF) return undefined;
    if (unique.length === 0) return { ...o };
    return { ...o, anyOf: [{ type: 'string' }, { type: 'string', enum: unique }] };
  });
  if (!isObject(copy)) return schema;
  return unique.length === 0 ? copy : withLayoutIds(copy, unique);
}

function child(o: JsonObject | undefined, key: string): JsonObject | undefined {
  const value = o?.[key];
  return value !== undefined && isObject(value) ? value : undefined;
}

/** Adds `ids` as documented keys of `x-layout.nodes` (so they complete as keys there). */
function withLayoutIds(schema: JsonObject, ids: readonly string[]): JsonObject {
  const props = child(schema, 'properties');
  const layout = child(props, 'x-layout');
  const layoutProps = child(layout, 'properties');
  const nodes = child(layoutProps, 'nodes');
  const position = child(nodes, 'additionalProperties');
  if (!props || !layout || !layoutProps || !nodes || !position) return schema;
  const pinned: JsonObject = Object.fromEntries(
    ids.map((id) => [id, { ...position, ...doc(`Pinned position of node \`${id}\`.`) }]),
  );
  return {
    ...schema,
    properties: {
      ...props,
      'x-layout': {
        ...layout,
        properties: { ...layoutProps, nodes: { ...nodes, properties: pinned } },
      },
    },
  };
}
