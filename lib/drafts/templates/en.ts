import type { TemplateSet } from './types';

/**
 * English drafts. Syntax: lib/drafts/template-syntax.ts. English first-person verbs do not change
 * with gender, so no template needs a `{~…}` choice. Every draft: the facts in brief, one request,
 * a date, the next lawful step.
 */
const SIGN_OFF = `

Regards,
{senderName}`;

const RULES = `[[

Legal basis:
{rules}]]`;

export const enTemplates: TemplateSet = {
  listItem: '- ',
  blanks: {
    company: '[company]',
    orderNumber: '[order number]',
    ticketNumber: '[ticket number]',
    trackingNumber: '[tracking number]',
    repName: '[agent name]',
    repWroteAt: '[date and time]',
    promise: '[what was promised]',
    promiseMadeAt: '[when it was promised]',
    promiseDue: '[promised date]',
    amount: '[amount]',
    purchaseDate: '[purchase date]',
    deliveryDate: '[delivery date]',
    rules: '[legal basis]',
    rule: '[legal basis]',
    damagesRule: '[legal basis]',
    cancelBy: '[last day to cancel]',
    refundDue: '[refund due date]',
    deliveryDue: '[delivery due date]',
    cardDisputeBy: '[last day to dispute]',
    remedy: '[what you ask for]',
    fallback: '[what you would accept instead]',
    details: '[what happened]',
    replyBy: '[reply-by date]',
    regulator: '[consumer authority]',
    today: '[date]',
    senderName: '[your name]',
    bank: '[bank or card issuer]',
  },
  remedies: {
    refund: 'a full refund',
    replacement: 'a replacement with a working item',
    repair: 'a repair at no cost to me',
    credit: 'store credit for the full amount',
    'partial-refund': 'a partial refund',
    'free-service': 'a period of free service as compensation',
    cancel: 'cancellation of the contract',
    'bill-correction': 'a corrected bill',
    delivery: 'delivery of the order',
  },
  scenarios: {
    refund: {
      short:
        'Hello. I am requesting a full refund[[ of {amount}]] for order {orderNumber}. Please confirm the refund by {replyBy}. If it is not confirmed by then, I will send a formal written complaint.',
      long: `Subject: Refund request[[ – order {orderNumber}]]

Dear {company} customer service,

On {purchaseDate} I made a purchase from you[[ (order {orderNumber})]][[ for {amount}]].[[ {details}]]

I ask for a full refund[[ of {amount}]] to the original means of payment.[[ As an alternative, I accept {fallback}.]]${RULES}

Please confirm the refund in writing by {replyBy}. If I do not receive the confirmation by that date, I will file a formal complaint and take the next lawful steps open to me.${SIGN_OFF}`,
    },
    replacement: {
      short:
        'Hello. The item from order {orderNumber} is faulty. I am requesting a replacement with a working item. Please confirm the replacement date by {replyBy}. If it is not confirmed by then, I will send a formal written complaint.',
      long: `Subject: Replacement of a faulty item[[ – order {orderNumber}]]

Dear {company} customer service,

On {purchaseDate} I made a purchase from you[[ (order {orderNumber})]][[, delivered on {deliveryDate}]]. The item is faulty.[[ {details}]]

I ask you to replace it with a new, working item at no cost to me, including collection of the faulty one.[[ As an alternative, I accept {fallback}.]]${RULES}

Please confirm the replacement and its date in writing by {replyBy}. If I do not receive the confirmation by that date, I will file a formal complaint and take the next lawful steps open to me.${SIGN_OFF}`,
    },
    repair: {
      short:
        'Hello. The item from order {orderNumber} has a fault. I am requesting a repair at no cost to me. Please confirm the repair arrangements by {replyBy}. If they are not confirmed by then, I will send a formal written complaint.',
      long: `Subject: Repair of a faulty item[[ – order {orderNumber}]]

Dear {company} customer service,

On {purchaseDate} I made a purchase from you[[ (order {orderNumber})]][[, delivered on {deliveryDate}]]. The item has a fault.[[ {details}]]

I ask you to repair it at no cost to me, within the time the law allows.[[ As an alternative, I accept {fallback}.]]${RULES}

Please confirm the repair arrangements in writing by {replyBy}. If I do not receive the confirmation by that date, I will file a formal complaint and take the next lawful steps open to me.${SIGN_OFF}`,
    },
    'cancel-purchase': {
      short:
        'Hello. I am cancelling order {orderNumber}; the law gives me until {cancelBy} to cancel. Please confirm the cancellation and the full refund by {replyBy}. If they are not confirmed by then, I will file a formal complaint.',
      long: `Subject: Notice of cancellation[[ – order {orderNumber}]]

Dear {company} customer service,

I hereby cancel my purchase of {purchaseDate}[[ (order {orderNumber})]][[, delivered on {deliveryDate}]]. The law gives me until {cancelBy} to cancel.${RULES}

I ask you to refund the full amount paid[[ ({amount})]] to the original means of payment, and to confirm the cancellation and the refund in writing by {replyBy}. If I do not receive the confirmation by that date, I will file a formal complaint and take the next lawful steps open to me.${SIGN_OFF}`,
    },
    'cancel-subscription': {
      short:
        'Hello. I am ending my subscription with {company}[[ (reference {orderNumber})]] as of today. Please confirm in writing by {replyBy} that it has ended and that no further charges will be made. I will dispute any later charge with my bank.',
      long: `Subject: Cancellation of subscription[[ – {orderNumber}]]

Dear {company} customer service,

I hereby cancel my subscription[[ (reference {orderNumber})]] with effect from today, {today}.[[ {details}]]

I ask you to confirm in writing by {replyBy} that the subscription has ended and that no further charges will be made.${RULES}

If the confirmation does not arrive by that date, or if I am charged again, I will dispute the charges with my bank and file a complaint[[ with {regulator}]].${SIGN_OFF}`,
    },
    'bill-correction': {
      short:
        'Hello. My bill[[ ({orderNumber})]] includes a charge of {amount} that I did not agree to. Please correct the bill and refund the overcharge by {replyBy}. If it is not corrected by then, I will file a formal complaint.',
      long: `Subject: Correction of a bill[[ – reference {orderNumber}]]

Dear {company} customer service,

My bill[[ (reference {orderNumber})]] includes a charge of {amount} that I did not agree to.[[ {details}]]

I ask you to correct the bill and to refund the amount overcharged to the original means of payment.[[ As an alternative, I accept {fallback}.]]${RULES}

Please confirm the correction in writing by {replyBy}. If I do not receive it by that date, I will file a formal complaint and dispute the charge with my bank.${SIGN_OFF}`,
    },
    'late-delivery': {
      short:
        'Hello. Order {orderNumber}[[, placed on {purchaseDate},]] has not arrived.[[ Delivery was promised by {promiseDue}.]] Please deliver it by {replyBy}. Otherwise I will cancel the order and ask for a full refund.',
      long: `Subject: Order not delivered[[ – order {orderNumber}]]

Dear {company} customer service,

I placed order {orderNumber} on {purchaseDate}.[[ Delivery was promised by {promiseDue}.]][[ The latest delivery date under the law is {deliveryDue}.]] The order has not arrived.[[ Tracking number: {trackingNumber}.]]

I ask you to deliver the order by {replyBy}.[[ As an alternative, I accept {fallback}.]]${RULES}

If the order has not arrived by that date, I will cancel the purchase, ask for a full refund and dispute the charge with my bank.${SIGN_OFF}`,
    },
    'broken-promise': {
      short:
        'Hello. On {promiseMadeAt}, {company} promised[[ (agent: {repName})]]: “{promise}”. This has not been done. Please carry out this promise by {replyBy}. Otherwise I will file a formal complaint.',
      long: `Subject: Promise not kept[[ – ticket {ticketNumber}]]

Dear {company} customer service,

On {promiseMadeAt}, your company promised[[ (agent: {repName})]]: “{promise}”.[[ It was due by {promiseDue}.]] This has not been done.[[ My order number is {orderNumber}.]]

I ask you to carry out this promise by {replyBy}.[[ As an alternative, I accept {fallback}.]]

If it is not carried out by that date, I will file a formal complaint and take the next lawful steps open to me.${SIGN_OFF}`,
    },
    supervisor: {
      short:
        'Hello. My request[[ in ticket {ticketNumber}]] is still unresolved. Please pass this case to a supervisor, who should contact me by {replyBy}. Otherwise I will send a formal written complaint.',
      long: `Subject: Request for a supervisor[[ – ticket {ticketNumber}]]

Dear {company} customer service,

My request for {remedy}[[ (order {orderNumber})]] is still unresolved.[[ My last contact was with {repName} on {repWroteAt}.]]

I ask that a supervisor take over this case and contact me by {replyBy}.${RULES}

If no supervisor contacts me by that date, I will file a formal written complaint.${SIGN_OFF}`,
    },
    'formal-complaint': {
      short:
        'Formal complaint[[ about order {orderNumber}]]: I ask for {remedy} under {rule}. Please send your written answer by {replyBy}. Otherwise I will file a complaint with {regulator}.',
      long: `Subject: Formal complaint[[ – order {orderNumber}]][[, ticket {ticketNumber}]]

To {company},

This is a formal written complaint.

Facts:
- Purchase date: {purchaseDate}[[
- Order number: {orderNumber}]][[
- Amount paid: {amount}]][[
- On {promiseMadeAt}, the company promised[[ (agent: {repName})]]: “{promise}”]][[
- My last contact was with {repName} on {repWroteAt}]][[
- {details}]]

Request: {remedy}.[[ As an alternative, I accept {fallback}.]]

Legal basis:
{rules}

Please send your written answer by {replyBy}. If the matter is not resolved by that date, I will file a complaint with {regulator} and take the next lawful steps open to me, including a claim in the small claims court.${SIGN_OFF}`,
    },
    'regulator-complaint': {
      short:
        'Complaint against {company}[[ (order {orderNumber})]]: I asked the company for {remedy} and it has not been provided. I ask you to review this complaint and to require the company to provide {remedy} by {replyBy}. If the matter is not resolved, I will file a claim in the small claims court.',
      long: `Subject: Consumer complaint against {company}

To {regulator},

I am filing a complaint against {company}.

Facts:
- Purchase date: {purchaseDate}[[
- Order number: {orderNumber}]][[
- Amount paid: {amount}]][[
- On {promiseMadeAt}, the company promised: “{promise}”]][[
- {details}]]
- I asked the company for {remedy}; it has not been provided.

Legal basis:
{rules}

I ask you to review this complaint and to require {company} to provide {remedy} by {replyBy}. Copies of the correspondence are attached. If the matter is not resolved, I will file a claim in the small claims court.${SIGN_OFF}`,
    },
    chargeback: {
      short:
        "Hello. I dispute a card charge[[ of {amount}]] from {company}[[ on {purchaseDate}]]: the company has not provided what was paid for and has not refunded it. Please reverse the charge and confirm the dispute by {replyBy}. Otherwise I will file a complaint with the bank's complaints department.",
      long: `Subject: Card dispute – charge from {company}

To {bank},

I dispute the following card charge:
- Merchant: {company}
- Amount: {amount}
- Date of purchase: {purchaseDate}[[
- Order number: {orderNumber}]]

{company} has not provided what was paid for and has not refunded the payment.[[ {details}]][[ The legal period for this dispute runs until {cardDisputeBy}.]]${RULES}

I ask you to reverse the charge and to confirm the dispute in writing by {replyBy}. Copies of my correspondence with the company are attached. If the charge is not reversed by that date, I will file a complaint with the bank's complaints department and then with the financial regulator.${SIGN_OFF}`,
    },
    'demand-letter': {
      short:
        'Final demand[[ about order {orderNumber}]]: I require {remedy} by {replyBy}. If it is not provided by that date, I will file a claim against {company} in the small claims court.',
      long: `Subject: Written demand before legal action[[ – order {orderNumber}]]

To {company},

This is a written demand before legal action.

Facts:
- Purchase date: {purchaseDate}[[
- Order number: {orderNumber}]][[
- Amount paid: {amount}]][[
- On {promiseMadeAt}, the company promised: “{promise}”]][[
- {details}]]
- The matter has not been resolved despite my earlier requests.

I require {remedy} by {replyBy}.[[ As an alternative, I accept {fallback}.]]

Legal basis:
{rules}

If this is not done by that date, I will file a claim in the small claims court[[, including damages without proof of damage under {damagesRule}]].${SIGN_OFF}`,
    },
  },
};
