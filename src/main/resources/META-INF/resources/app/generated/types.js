// Generated from schema.graphql and app/queries/*.graphql by WebClientContractTest: do not edit.
// After changing a document or the schema: ./mvnw -B test -Dtest=WebClientContractTest -Dclient.types.update=true

/** What kind of source an actor is.
 * @typedef {'COUNTRY'|'GOVERNMENT'|'GROUP'|'ORGANIZATION'|'PERSON'} ActorKind
 */

/** Whether an editor has reviewed a position.
 * @typedef {'CONFIRMED'|'REJECTED'|'SUGGESTED'} ReviewState
 */

/** Where an actor stands on a topic.
 * @typedef {'MIXED'|'NEUTRAL'|'OPPOSES'|'SUPPORTS'} Stance
 */

/** Which new statements a subscriber hears of; all given conditions must hold.
 * @typedef {object} StatementAddedFilter
 * @property {(Array<(StatementKind|null)>|null)} [kinds]
 * @property {(string|null)} [speaker]
 * @property {(string|null)} [topic]
 */

/** Narrows a list of statements; all given conditions must hold.
 * @typedef {object} StatementFilter
 * @property {(string|null)} [article]
 * @property {(string|null)} [event]
 * @property {(string|null)} [from]
 * @property {(Array<(StatementKind|null)>|null)} [kinds]
 * @property {(string|null)} [outlet]
 * @property {(string|null)} [speaker]
 * @property {(boolean|null)} [speakerDoubtful]
 * @property {(string|null)} [speakerName]
 * @property {(string|null)} [to]
 * @property {(string|null)} [topic]
 */

/** How the article reports what was said.
 * @typedef {'DIRECT'|'INDIRECT'|'PARTIAL'} StatementKind
 */

/** Variables of the ActorPage document.
 * @typedef {object} ActorPageVariables
 * @property {string} id
 */

/** Office as selected.
 * @typedef {object} ActorPage_actor_offices
 * @property {string} post
 * @property {(string|null)} organization
 * @property {(string|null)} from
 * @property {(string|null)} to
 */

/** Article as selected.
 * @typedef {object} ActorPage_actor_statements_article
 * @property {string} id
 * @property {string} outlet
 */

/** Topic as selected.
 * @typedef {object} ActorPage_actor_statements_topics
 * @property {string} slug
 * @property {string} name
 */

/** Statement as selected.
 * @typedef {object} ActorPage_actor_statements
 * @property {string} id
 * @property {string} text
 * @property {StatementKind} kind
 * @property {string} datedOn
 * @property {(boolean|null)} speakerDoubtful
 * @property {(number|null)} attributionConfidence
 * @property {ActorPage_actor_statements_article} article
 * @property {Array<ActorPage_actor_statements_topics>} topics
 */

/** Topic as selected.
 * @typedef {object} ActorPage_actor_positions_topic
 * @property {string} slug
 * @property {string} name
 */

/** Article as selected.
 * @typedef {object} ActorPage_actor_positions_evidence_article
 * @property {string} id
 * @property {string} outlet
 */

/** Statement as selected.
 * @typedef {object} ActorPage_actor_positions_evidence
 * @property {string} id
 * @property {string} text
 * @property {string} datedOn
 * @property {(boolean|null)} speakerDoubtful
 * @property {(number|null)} attributionConfidence
 * @property {ActorPage_actor_positions_evidence_article} article
 */

/** Position as selected.
 * @typedef {object} ActorPage_actor_positions
 * @property {string} id
 * @property {Stance} stance
 * @property {string} validFrom
 * @property {number} confidence
 * @property {string} assessor
 * @property {ReviewState} reviewState
 * @property {ActorPage_actor_positions_topic} topic
 * @property {Array<ActorPage_actor_positions_evidence>} evidence
 */

/** Actor as selected.
 * @typedef {object} ActorPage_actor
 * @property {string} id
 * @property {string} name
 * @property {ActorKind} kind
 * @property {(string|null)} country
 * @property {Array<string>} aliases
 * @property {Array<ActorPage_actor_offices>} offices
 * @property {Array<ActorPage_actor_statements>} statements
 * @property {Array<ActorPage_actor_positions>} positions
 */

/** Topic as selected.
 * @typedef {object} ActorPage_current_nodes_topic
 * @property {string} slug
 */

/** Position as selected.
 * @typedef {object} ActorPage_current_nodes
 * @property {string} id
 * @property {ActorPage_current_nodes_topic} topic
 */

/** PositionConnection as selected.
 * @typedef {object} ActorPage_current
 * @property {Array<ActorPage_current_nodes>} nodes
 */

/** The data answered to the ActorPage document.
 * @typedef {object} ActorPageResult
 * @property {(ActorPage_actor|null)} actor
 * @property {ActorPage_current} current
 */

/** Variables of the ArticlePage document.
 * @typedef {object} ArticlePageVariables
 * @property {string} id
 */

/** Span as selected.
 * @typedef {object} ArticlePage_article_statements_span
 * @property {number} start
 * @property {number} end
 */

/** Actor as selected.
 * @typedef {object} ArticlePage_article_statements_speakers
 * @property {string} id
 * @property {string} name
 */

/** Statement as selected.
 * @typedef {object} ArticlePage_article_statements
 * @property {string} id
 * @property {string} text
 * @property {StatementKind} kind
 * @property {ArticlePage_article_statements_span} span
 * @property {Array<ArticlePage_article_statements_speakers>} speakers
 * @property {(string|null)} speakerRole
 * @property {(boolean|null)} speakerDoubtful
 * @property {(number|null)} attributionConfidence
 */

/** Article as selected.
 * @typedef {object} ArticlePage_article
 * @property {string} id
 * @property {(string|null)} headline
 * @property {string} outlet
 * @property {string} publishedOn
 * @property {(string|null)} url
 * @property {string} body
 * @property {Array<string>} paragraphs
 * @property {Array<ArticlePage_article_statements>} statements
 */

/** The data answered to the ArticlePage document.
 * @typedef {object} ArticlePageResult
 * @property {(ArticlePage_article|null)} article
 */

/** Variables of the BrowseStatements document.
 * @typedef {object} BrowseStatementsVariables
 * @property {(StatementFilter|null)} [filter]
 * @property {number} first
 * @property {(string|null)} [after]
 */

/** PageInfo as selected.
 * @typedef {object} BrowseStatements_statements_pageInfo
 * @property {boolean} hasNextPage
 * @property {(string|null)} endCursor
 */

/** Actor as selected.
 * @typedef {object} BrowseStatements_statements_edges_node_speakers
 * @property {string} id
 * @property {string} name
 */

/** Topic as selected.
 * @typedef {object} BrowseStatements_statements_edges_node_topics
 * @property {string} slug
 * @property {string} name
 */

/** Article as selected.
 * @typedef {object} BrowseStatements_statements_edges_node_article
 * @property {string} id
 * @property {string} outlet
 * @property {(string|null)} headline
 */

/** Statement as selected.
 * @typedef {object} BrowseStatements_statements_edges_node
 * @property {string} id
 * @property {string} text
 * @property {StatementKind} kind
 * @property {string} datedOn
 * @property {string} paragraphText
 * @property {Array<BrowseStatements_statements_edges_node_speakers>} speakers
 * @property {(string|null)} speakerRole
 * @property {(boolean|null)} speakerDoubtful
 * @property {(number|null)} attributionConfidence
 * @property {Array<BrowseStatements_statements_edges_node_topics>} topics
 * @property {BrowseStatements_statements_edges_node_article} article
 */

/** StatementEdge as selected.
 * @typedef {object} BrowseStatements_statements_edges
 * @property {string} cursor
 * @property {BrowseStatements_statements_edges_node} node
 */

/** StatementConnection as selected.
 * @typedef {object} BrowseStatements_statements
 * @property {number} totalCount
 * @property {BrowseStatements_statements_pageInfo} pageInfo
 * @property {Array<BrowseStatements_statements_edges>} edges
 */

/** The data answered to the BrowseStatements document.
 * @typedef {object} BrowseStatementsResult
 * @property {BrowseStatements_statements} statements
 */

/** Variables of the ConfirmPosition document.
 * @typedef {object} ConfirmPositionVariables
 * @property {string} id
 * @property {(string|null)} [note]
 */

/** Position as selected.
 * @typedef {object} ConfirmPosition_confirmPosition
 * @property {string} id
 * @property {ReviewState} reviewState
 * @property {(string|null)} reviewedBy
 */

/** The data answered to the ConfirmPosition document.
 * @typedef {object} ConfirmPositionResult
 * @property {ConfirmPosition_confirmPosition} confirmPosition
 */

/** Variables of the Me document.
 * @typedef {object} MeVariables
 */

/** Identity as selected.
 * @typedef {object} Me_me
 * @property {boolean} authenticated
 * @property {(string|null)} name
 * @property {Array<string>} roles
 */

/** The data answered to the Me document.
 * @typedef {object} MeResult
 * @property {Me_me} me
 */

/** Variables of the RejectPosition document.
 * @typedef {object} RejectPositionVariables
 * @property {string} id
 * @property {(string|null)} [note]
 */

/** Position as selected.
 * @typedef {object} RejectPosition_rejectPosition
 * @property {string} id
 * @property {ReviewState} reviewState
 * @property {(string|null)} reviewedBy
 */

/** The data answered to the RejectPosition document.
 * @typedef {object} RejectPositionResult
 * @property {RejectPosition_rejectPosition} rejectPosition
 */

/** Variables of the ReviewQueue document.
 * @typedef {object} ReviewQueueVariables
 * @property {number} first
 * @property {(string|null)} [after]
 */

/** PageInfo as selected.
 * @typedef {object} ReviewQueue_reviewQueue_pageInfo
 * @property {boolean} hasNextPage
 * @property {(string|null)} endCursor
 */

/** Actor as selected.
 * @typedef {object} ReviewQueue_reviewQueue_nodes_actor
 * @property {string} id
 * @property {string} name
 */

/** Topic as selected.
 * @typedef {object} ReviewQueue_reviewQueue_nodes_topic
 * @property {string} slug
 * @property {string} name
 */

/** Article as selected.
 * @typedef {object} ReviewQueue_reviewQueue_nodes_evidence_article
 * @property {string} id
 * @property {string} outlet
 * @property {(string|null)} headline
 */

/** Statement as selected.
 * @typedef {object} ReviewQueue_reviewQueue_nodes_evidence
 * @property {string} id
 * @property {string} text
 * @property {string} datedOn
 * @property {string} paragraphText
 * @property {(boolean|null)} speakerDoubtful
 * @property {(number|null)} attributionConfidence
 * @property {ReviewQueue_reviewQueue_nodes_evidence_article} article
 */

/** Position as selected.
 * @typedef {object} ReviewQueue_reviewQueue_nodes
 * @property {string} id
 * @property {Stance} stance
 * @property {string} validFrom
 * @property {number} confidence
 * @property {boolean} published
 * @property {(string|null)} note
 * @property {ReviewQueue_reviewQueue_nodes_actor} actor
 * @property {ReviewQueue_reviewQueue_nodes_topic} topic
 * @property {Array<ReviewQueue_reviewQueue_nodes_evidence>} evidence
 */

/** PositionConnection as selected.
 * @typedef {object} ReviewQueue_reviewQueue
 * @property {number} totalCount
 * @property {ReviewQueue_reviewQueue_pageInfo} pageInfo
 * @property {Array<ReviewQueue_reviewQueue_nodes>} nodes
 */

/** The data answered to the ReviewQueue document.
 * @typedef {object} ReviewQueueResult
 * @property {ReviewQueue_reviewQueue} reviewQueue
 */

/** Variables of the SearchStatements document.
 * @typedef {object} SearchStatementsVariables
 * @property {string} query
 * @property {(StatementFilter|null)} [filter]
 * @property {number} first
 * @property {(string|null)} [after]
 */

/** PageInfo as selected.
 * @typedef {object} SearchStatements_searchStatements_pageInfo
 * @property {boolean} hasNextPage
 * @property {(string|null)} endCursor
 */

/** Actor as selected.
 * @typedef {object} SearchStatements_searchStatements_edges_node_speakers
 * @property {string} id
 * @property {string} name
 */

/** Topic as selected.
 * @typedef {object} SearchStatements_searchStatements_edges_node_topics
 * @property {string} slug
 * @property {string} name
 */

/** Article as selected.
 * @typedef {object} SearchStatements_searchStatements_edges_node_article
 * @property {string} id
 * @property {string} outlet
 * @property {(string|null)} headline
 */

/** Statement as selected.
 * @typedef {object} SearchStatements_searchStatements_edges_node
 * @property {string} id
 * @property {string} text
 * @property {StatementKind} kind
 * @property {string} datedOn
 * @property {string} paragraphText
 * @property {Array<SearchStatements_searchStatements_edges_node_speakers>} speakers
 * @property {(string|null)} speakerRole
 * @property {(boolean|null)} speakerDoubtful
 * @property {(number|null)} attributionConfidence
 * @property {Array<SearchStatements_searchStatements_edges_node_topics>} topics
 * @property {SearchStatements_searchStatements_edges_node_article} article
 */

/** StatementSearchEdge as selected.
 * @typedef {object} SearchStatements_searchStatements_edges
 * @property {string} cursor
 * @property {SearchStatements_searchStatements_edges_node} node
 */

/** StatementSearchConnection as selected.
 * @typedef {object} SearchStatements_searchStatements
 * @property {number} totalCount
 * @property {SearchStatements_searchStatements_pageInfo} pageInfo
 * @property {Array<SearchStatements_searchStatements_edges>} edges
 */

/** The data answered to the SearchStatements document.
 * @typedef {object} SearchStatementsResult
 * @property {SearchStatements_searchStatements} searchStatements
 */

/** Variables of the StatementAdded document.
 * @typedef {object} StatementAddedVariables
 * @property {(StatementAddedFilter|null)} [filter]
 */

/** Actor as selected.
 * @typedef {object} StatementAdded_statementAdded_speakers
 * @property {string} id
 * @property {string} name
 */

/** Topic as selected.
 * @typedef {object} StatementAdded_statementAdded_topics
 * @property {string} slug
 * @property {string} name
 */

/** Article as selected.
 * @typedef {object} StatementAdded_statementAdded_article
 * @property {string} id
 * @property {string} outlet
 * @property {(string|null)} headline
 */

/** Statement as selected.
 * @typedef {object} StatementAdded_statementAdded
 * @property {string} id
 * @property {string} text
 * @property {StatementKind} kind
 * @property {string} datedOn
 * @property {string} paragraphText
 * @property {Array<StatementAdded_statementAdded_speakers>} speakers
 * @property {(string|null)} speakerRole
 * @property {(boolean|null)} speakerDoubtful
 * @property {(number|null)} attributionConfidence
 * @property {Array<StatementAdded_statementAdded_topics>} topics
 * @property {StatementAdded_statementAdded_article} article
 */

/** The data answered to the StatementAdded document.
 * @typedef {object} StatementAddedResult
 * @property {(StatementAdded_statementAdded|null)} statementAdded
 */

/** Variables of the TopicList document.
 * @typedef {object} TopicListVariables
 */

/** Topic as selected.
 * @typedef {object} TopicList_topics_nodes
 * @property {string} slug
 * @property {string} name
 * @property {(string|null)} description
 */

/** TopicConnection as selected.
 * @typedef {object} TopicList_topics
 * @property {Array<TopicList_topics_nodes>} nodes
 */

/** The data answered to the TopicList document.
 * @typedef {object} TopicListResult
 * @property {TopicList_topics} topics
 */

/** Variables of the TopicMatrix document.
 * @typedef {object} TopicMatrixVariables
 * @property {string} slug
 */

/** Actor as selected.
 * @typedef {object} TopicMatrix_topicBySlug_positions_actor
 * @property {string} id
 * @property {string} name
 */

/** Article as selected.
 * @typedef {object} TopicMatrix_topicBySlug_positions_evidence_article
 * @property {string} id
 * @property {string} outlet
 */

/** Statement as selected.
 * @typedef {object} TopicMatrix_topicBySlug_positions_evidence
 * @property {string} id
 * @property {string} text
 * @property {string} datedOn
 * @property {(boolean|null)} speakerDoubtful
 * @property {(number|null)} attributionConfidence
 * @property {TopicMatrix_topicBySlug_positions_evidence_article} article
 */

/** Position as selected.
 * @typedef {object} TopicMatrix_topicBySlug_positions
 * @property {string} id
 * @property {Stance} stance
 * @property {string} validFrom
 * @property {number} confidence
 * @property {string} assessor
 * @property {ReviewState} reviewState
 * @property {TopicMatrix_topicBySlug_positions_actor} actor
 * @property {Array<TopicMatrix_topicBySlug_positions_evidence>} evidence
 */

/** Topic as selected.
 * @typedef {object} TopicMatrix_topicBySlug
 * @property {string} slug
 * @property {string} name
 * @property {(string|null)} description
 * @property {Array<string>} proClaims
 * @property {Array<string>} conClaims
 * @property {Array<TopicMatrix_topicBySlug_positions>} positions
 */

/** The data answered to the TopicMatrix document.
 * @typedef {object} TopicMatrixResult
 * @property {(TopicMatrix_topicBySlug|null)} topicBySlug
 */

export {};
